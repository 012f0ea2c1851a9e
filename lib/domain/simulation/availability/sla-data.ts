// Published availability commitments (SLAs) the availability model reads, each with where it comes from.
//
// Sources, all checked on 2026-12-08:
// - Microsoft, "Service Level Agreements (SLA) for Online Services": Virtual Machines (zones, single instance by
//   disk type), Azure Kubernetes Service (Standard tier, with availability zones), Azure Container Apps, VPN Gateway.
// - Amazon Web Services: "Amazon Compute Service Level Agreement" (EC2, ECS, Fargate: Region-Level and
//   Instance-Level), "Amazon EKS Service Level Agreement", "AWS Site-to-Site VPN Service Level Agreement".
// - Google Cloud: "Compute Engine Service Level Agreement", "Google Kubernetes Engine Service Level Agreement",
//   "Cloud Run Service Level Agreement", "Cloud VPN Service Level Agreement".
// A figure is a monthly uptime commitment, read here as the chance the component is up at a random moment.
// No provider publishes a rate for losing a whole cloud: that one is an assumption (DEFAULT_CLOUD_AVAILABILITY).

import type { Provider } from "../../schema";

export const SLA_CHECKED_ON = "2026-12-08";

export interface SlaSource {
  /** The document's title. */
  document: string;
  publisher: string;
  /** The public page. */
  url: string;
  /** ISO date the figure was last read on that page. */
  checkedOn: string;
}

export interface PublishedSla {
  /** Stable key of the figure in this table. */
  id: string;
  /** What the figure covers, in the provider's terms. */
  covers: string;
  /** The committed monthly uptime as a probability (0.9999 for 99.99%). */
  availabilityProbability: number;
  source: SlaSource;
  /** How the model applies it, when that is not the figure's own wording. */
  note?: string;
}

const MICROSOFT_SLA: SlaSource = {
  document: "Service Level Agreements (SLA) for Online Services",
  publisher: "Microsoft",
  url: "https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services",
  checkedOn: SLA_CHECKED_ON,
};
const aws = (document: string, url: string): SlaSource => ({ document, publisher: "Amazon Web Services", url, checkedOn: SLA_CHECKED_ON });
const google = (document: string, url: string): SlaSource => ({ document, publisher: "Google Cloud", url, checkedOn: SLA_CHECKED_ON });

const AWS_COMPUTE = aws("Amazon Compute Service Level Agreement", "https://aws.amazon.com/compute/sla/");
const GCE = google("Compute Engine Service Level Agreement (SLA)", "https://cloud.google.com/compute/sla");

function figure(id: string, covers: string, percent: number, source: SlaSource, note?: string): PublishedSla {
  // Rounded to the percent's own precision, so 99.99 reads as 0.9999 and not 0.9998999999999999.
  return { id, covers, availabilityProbability: Math.round(percent * 1e6) / 1e8, source, ...(note ? { note } : {}) };
}

export const SLA = {
  azureVmZones: figure("azure-vm-zones", "Virtual Machines: two or more instances across two or more availability zones in one region", 99.99, MICROSOFT_SLA),
  azureVmSinglePremium: figure("azure-vm-single-premium", "Virtual Machines: single instance with Premium SSD or Ultra Disk for all disks", 99.9, MICROSOFT_SLA),
  azureVmSingleStandardSsd: figure(
    "azure-vm-single-standard-ssd", "Virtual Machines: single instance with Standard SSD managed disks", 99.5, MICROSOFT_SLA,
    "The design's 'standard' storage is read as Standard SSD; on Standard HDD the commitment is 95%.",
  ),
  azureAksStandardZones: figure("azure-aks-standard-zones", "Azure Kubernetes Service, Standard tier (Uptime SLA), cluster using availability zones: Kubernetes API server", 99.95, MICROSOFT_SLA),
  azureContainerApps: figure("azure-container-apps", "Azure Container Apps", 99.95, MICROSOFT_SLA),
  azureVpnGateway: figure("azure-vpn-gateway", "VPN Gateway, any SKU but Basic", 99.95, MICROSOFT_SLA),

  awsComputeRegionLevel: figure("aws-compute-region-level", "EC2, ECS and Fargate Region-Level SLA: instances or tasks across two or more availability zones", 99.99, AWS_COMPUTE),
  awsEc2InstanceLevel: figure("aws-ec2-instance-level", "EC2 Instance-Level SLA: one instance", 99.5, AWS_COMPUTE),
  awsEks: figure("aws-eks", "Amazon EKS: the cluster's Kubernetes endpoint", 99.95, aws("Amazon EKS Service Level Agreement", "https://aws.amazon.com/eks/sla/")),
  awsSiteToSiteVpn: figure("aws-site-to-site-vpn", "AWS Site-to-Site VPN: each VPN connection", 99.95, aws("AWS Site-to-Site VPN Service Level Agreement", "https://aws.amazon.com/vpn/site-to-site-vpn-sla/")),

  gcpComputeMultiZone: figure("gcp-compute-multi-zone", "Compute Engine: instances in multiple zones (Premium network tier)", 99.99, GCE),
  gcpComputeSingle: figure("gcp-compute-single", "Compute Engine: a single instance of the general-purpose families (Premium network tier)", 99.9, GCE),
  gcpGkeRegional: figure("gcp-gke-regional", "Google Kubernetes Engine: regional cluster control plane", 99.95, google("Google Kubernetes Engine Service Level Agreement (SLA)", "https://cloud.google.com/kubernetes-engine/sla")),
  gcpCloudRun: figure("gcp-cloud-run", "Cloud Run: a service within a project", 99.95, google("Cloud Run Service Level Agreement (SLA)", "https://cloud.google.com/run/sla")),
  gcpHaVpn: figure("gcp-ha-vpn", "Cloud VPN: high-availability (HA) VPN with a tunnel on each interface", 99.99, google("Cloud VPN Service Level Agreement (SLA)", "https://cloud.google.com/network-connectivity/docs/vpn/sla")),
} as const satisfies Record<string, PublishedSla>;

/** Each provider's side of a site-to-site VPN between clouds. */
export const VPN_GATEWAY_SLA: Record<Provider, PublishedSla> = {
  azure: SLA.azureVpnGateway,
  aws: SLA.awsSiteToSiteVpn,
  gcp: SLA.gcpHaVpn,
};

/**
 * The figure that stands in for a region that runs no node group but carries a Virtual WAN hub or a VPN
 * gateway: the provider's zone-redundant compute commitment, the closest published figure for "the region".
 */
export const REGION_STAND_IN_SLA: Record<Provider, PublishedSla> = {
  azure: SLA.azureVmZones,
  aws: SLA.awsComputeRegionLevel,
  gcp: SLA.gcpComputeMultiZone,
};

/**
 * Whole-cloud availability, per year, when the caller sets none: 99.99% (about 53 minutes a year). No provider
 * publishes this. A loss of one provider's shared control plane (identity, DNS, global network configuration)
 * across many regions at once is rare but has happened, and lasts hours; 99.99% puts it at roughly one hour a
 * year, the same order as one zone-redundant region's commitment, so neither dominates by assumption alone.
 */
export const DEFAULT_CLOUD_AVAILABILITY = 0.9999;

/** Printable line for each source, for reports that list their evidence. */
export function describeSla(sla: PublishedSla): string {
  const percent = `${+(sla.availabilityProbability * 100).toFixed(4)}%`;
  const note = sla.note ? ` ${sla.note}` : "";
  return `${sla.covers}: ${percent} (${sla.source.publisher}, "${sla.source.document}", ${sla.source.url}, checked ${sla.source.checkedOn}).${note}`;
}
