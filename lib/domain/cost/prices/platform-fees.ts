// Fees for the platforms nodes run on, in each provider's reference region, USD, compiled 2026-11.
// Sources: azure.microsoft.com/pricing/details/kubernetes-service and /container-apps, aws.amazon.com/eks/pricing
// and /fargate/pricing and /elasticloadbalancing/pricing, cloud.google.com/kubernetes-engine/pricing and /run/pricing.

import type { Provider } from "../../schema/enums";

/** Managed Kubernetes control plane, per cluster-hour. */
export const KUBERNETES_CONTROL_PLANE_HOURLY = {
  /** AKS Free tier has no fee (and no uptime SLA); Standard tier is $0.10/cluster-hour. */
  aks: { free: 0, standard: 0.1 },
  /** EKS standard support; clusters on a Kubernetes version in extended support pay $0.60/h. */
  eks: 0.1,
  /**
   * GKE cluster management fee. Each billing account gets a $74.40/month credit, enough for one zonal or
   * Autopilot cluster; Meridian's clusters are regional (multi-zone), so by default the credit is not applied.
   */
  gke: 0.1,
} as const;

export type AksTier = keyof typeof KUBERNETES_CONTROL_PLANE_HOURLY.aks;

/**
 * Serverless containers, per vCPU-hour and GiB-hour of the node's requested size, for an always-on replica
 * (a blockchain node never idles):
 * - ACA: Consumption plan active rates ($0.000024/vCPU-s, $0.000003/GiB-s); replicas up to 4 vCPU / 8 GiB.
 * - Fargate (and ECS, priced as ECS on Fargate): Linux/x86 in us-east-1; tasks up to 16 vCPU / 120 GiB.
 * - Cloud Run: instance-based billing, Tier 1 ($0.000018/vCPU-s, $0.000002/GiB-s); up to 8 vCPU / 32 GiB.
 */
export interface ContainerRate {
  readonly vcpuHourlyUsd: number;
  readonly gibHourlyUsd: number;
  readonly maxVcpu: number;
  readonly maxMemoryGiB: number;
  readonly label: string;
}

export const CONTAINER_RATES = {
  aca: { vcpuHourlyUsd: 0.0864, gibHourlyUsd: 0.0108, maxVcpu: 4, maxMemoryGiB: 8, label: "Azure Container Apps (Consumption)" },
  fargate: { vcpuHourlyUsd: 0.04048, gibHourlyUsd: 0.004445, maxVcpu: 16, maxMemoryGiB: 120, label: "AWS Fargate (Linux/x86)" },
  ecs: { vcpuHourlyUsd: 0.04048, gibHourlyUsd: 0.004445, maxVcpu: 16, maxMemoryGiB: 120, label: "Amazon ECS on Fargate" },
  cloudrun: { vcpuHourlyUsd: 0.0648, gibHourlyUsd: 0.0072, maxVcpu: 8, maxMemoryGiB: 32, label: "Cloud Run (instance-based)" },
} as const satisfies Record<string, ContainerRate>;

/**
 * One load balancer in front of an RPC group that is reachable beyond its own subnet (exposure internal or
 * public), per hour, before data-processing charges: Azure Standard Load Balancer (first 5 rules),
 * AWS Network Load Balancer, GCP forwarding rule. Serverless containers (ACA, Cloud Run) include ingress.
 */
export const LOAD_BALANCER_HOURLY: Readonly<Record<Provider, number>> = {
  azure: 0.025,
  aws: 0.0225,
  gcp: 0.025,
};
