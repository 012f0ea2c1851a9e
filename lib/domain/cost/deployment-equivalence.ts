// Which deployment type on one cloud is the same kind of thing on another, and how each kind is priced.

import { DEPLOYMENT_TYPES_BY_PROVIDER, type DeploymentType, type Provider } from "../schema/enums";

/**
 * - kubernetes: worker VMs of the group's size, plus one control-plane fee per region cluster;
 * - containers: serverless containers billed per vCPU-hour and GiB-hour of the node's size;
 * - vm / scale-set: VMs of the group's size (scale sets add no fee on any of the three clouds).
 */
export type DeploymentKind = "kubernetes" | "containers" | "vm" | "scale-set";

export const DEPLOYMENT_KIND: Readonly<Record<DeploymentType, DeploymentKind>> = {
  aks: "kubernetes", eks: "kubernetes", gke: "kubernetes",
  aca: "containers", fargate: "containers", ecs: "containers", cloudrun: "containers",
  vm: "vm", gce: "vm", ec2: "vm",
  vmss: "scale-set", mig: "scale-set",
};

/**
 * Each kind's type per provider. AWS has one type, "ec2", for single instances and Auto Scaling groups alike;
 * ECS maps to Fargate (its serverless launch type, which is also how "ecs" is priced).
 */
const TYPE_BY_KIND: Readonly<Record<DeploymentKind, Readonly<Record<Provider, DeploymentType>>>> = {
  kubernetes: { azure: "aks", aws: "eks", gcp: "gke" },
  containers: { azure: "aca", aws: "fargate", gcp: "cloudrun" },
  vm: { azure: "vm", aws: "ec2", gcp: "gce" },
  "scale-set": { azure: "vmss", aws: "ec2", gcp: "mig" },
};

const PROVIDER_OF_TYPE: Readonly<Record<DeploymentType, Provider>> = Object.fromEntries(
  (Object.entries(DEPLOYMENT_TYPES_BY_PROVIDER) as [Provider, readonly DeploymentType[]][]).flatMap(([p, types]) =>
    types.map((t) => [t, p]),
  ),
) as Record<DeploymentType, Provider>;

export function providerOfDeploymentType(type: DeploymentType): Provider {
  return PROVIDER_OF_TYPE[type];
}

/**
 * The same kind of deployment on `targetProvider`: aks <-> eks <-> gke, aca <-> fargate <-> cloudrun (ecs ->
 * cloudrun/aca), vm <-> ec2 <-> gce, vmss <-> ec2 <-> mig. An autoscaled ec2 group (one with `scale`) is an Auto
 * Scaling group, so it maps to vmss/mig rather than vm/gce. Same provider: returned unchanged.
 */
export function equivalentDeploymentType(
  type: DeploymentType,
  targetProvider: Provider,
  opts: { autoscaled?: boolean } = {},
): DeploymentType {
  if (PROVIDER_OF_TYPE[type] === targetProvider) return type;
  const kind = type === "ec2" && opts.autoscaled ? "scale-set" : DEPLOYMENT_KIND[type];
  return TYPE_BY_KIND[kind][targetProvider];
}

/**
 * How a group runs on its region's provider: another cloud's type becomes this cloud's equivalent, Cloud Run
 * (HTTP only, no devp2p) runs as a managed instance group, and AWS's ec2 covers Auto Scaling groups too, so a
 * scale-set group stays a scale set there.
 */
export function deploymentKindIn(provider: Provider, group: { deploymentType: DeploymentType; scale?: unknown }): DeploymentKind {
  const mapped = equivalentDeploymentType(group.deploymentType, provider, { autoscaled: group.scale !== undefined });
  if (mapped === "cloudrun") return "scale-set";
  if (mapped === "ec2" && (group.scale !== undefined || DEPLOYMENT_KIND[group.deploymentType] === "scale-set")) return "scale-set";
  return DEPLOYMENT_KIND[mapped];
}
