// Which published figure a node group's deployment runs under. A group of two or more is read as spread
// across availability zones (what every zone-redundant commitment asks for); a group of one is a single
// instance. Managed Kubernetes depends on both its control plane and the machines under it, so the weaker of
// the two applies. The design does not say which Kubernetes tier or cluster type: the paid tier with zones
// (AKS Standard) and a regional GKE cluster are assumed, as production designs use them.

import type { DeploymentType, NodeGroup } from "../../schema";
import { SLA, type PublishedSla } from "./sla-data";

type GroupShape = Pick<NodeGroup, "deploymentType" | "count" | "storage">;

/** The weaker of two figures (the first on a tie). */
export function weakerSla(a: PublishedSla, b: PublishedSla): PublishedSla {
  return b.availabilityProbability < a.availabilityProbability ? b : a;
}

const azureVm = (g: GroupShape) =>
  g.count >= 2 ? SLA.azureVmZones : g.storage.type === "premium" ? SLA.azureVmSinglePremium : SLA.azureVmSingleStandardSsd;
const awsInstances = (g: GroupShape) => (g.count >= 2 ? SLA.awsComputeRegionLevel : SLA.awsEc2InstanceLevel);
const gcpInstances = (g: GroupShape) => (g.count >= 2 ? SLA.gcpComputeMultiZone : SLA.gcpComputeSingle);

const SINGLE_FARGATE_TASK: PublishedSla = {
  ...SLA.awsEc2InstanceLevel,
  id: "aws-fargate-single-task",
  note: "No figure is published for a single Fargate task; the EC2 Instance-Level figure stands in.",
};

const BY_DEPLOYMENT: Record<DeploymentType, (g: GroupShape) => PublishedSla> = {
  vm: azureVm,
  vmss: azureVm,
  aks: (g) => weakerSla(SLA.azureAksStandardZones, azureVm(g)),
  aca: () => SLA.azureContainerApps,
  ec2: awsInstances,
  ecs: awsInstances,
  fargate: (g) => (g.count >= 2 ? SLA.awsComputeRegionLevel : SINGLE_FARGATE_TASK),
  eks: (g) => weakerSla(SLA.awsEks, awsInstances(g)),
  gce: gcpInstances,
  mig: gcpInstances,
  gke: (g) => weakerSla(SLA.gcpGkeRegional, gcpInstances(g)),
  cloudrun: () => SLA.gcpCloudRun,
};

/** The published figure a node group of this shape runs under. */
export function nodeGroupSla(group: GroupShape): PublishedSla {
  return BY_DEPLOYMENT[group.deploymentType](group);
}
