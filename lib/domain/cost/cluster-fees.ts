// Managed Kubernetes control planes: one per region that runs any aks/eks/gke group, however many groups share it.

import type { Provider } from "../schema/enums";
import { costLine } from "./cost-line";
import { DEPLOYMENT_KIND } from "./deployment-equivalence";
import { HOURS_PER_MONTH, KUBERNETES_CONTROL_PLANE_HOURLY, type AksTier } from "./prices";
import type { ClusterFee, NodeGroupCost } from "./types";

/** GKE's free tier: a $74.40 monthly credit per billing account (one zonal or Autopilot cluster). */
export const GKE_MONTHLY_FREE_CREDIT_USD = 74.4;

export function controlPlaneHourly(provider: Provider, aksTier: AksTier): number {
  switch (provider) {
    case "azure":
      return KUBERNETES_CONTROL_PLANE_HOURLY.aks[aksTier];
    case "aws":
      return KUBERNETES_CONTROL_PLANE_HOURLY.eks;
    case "gcp":
      return KUBERNETES_CONTROL_PLANE_HOURLY.gke;
  }
}

/** Control-plane fees are the same in every region on all three clouds, so no regional multiplier. */
export function clusterFees(
  groups: Iterable<NodeGroupCost>,
  opts: { aksTier: AksTier; applyGkeFreeTierCredit: boolean },
): Record<string, ClusterFee> {
  const fees: Record<string, ClusterFee> = {};
  let gkeCreditLeft = opts.applyGkeFreeTierCredit ? GKE_MONTHLY_FREE_CREDIT_USD : 0;
  for (const g of groups) {
    if (DEPLOYMENT_KIND[g.deploymentType] !== "kubernetes" || Object.hasOwn(fees, g.regionId)) continue;
    const hourly = controlPlaneHourly(g.provider, opts.aksTier);
    let line = costLine("platform", `${g.deploymentType} control plane (${g.regionId})`, HOURS_PER_MONTH, "cluster-hour", hourly);
    if (g.provider === "gcp" && gkeCreditLeft > 0) {
      const credit = Math.min(gkeCreditLeft, line.monthlyUsd);
      gkeCreditLeft -= credit;
      const net = line.monthlyUsd - credit;
      line = { ...line, label: `${line.label}, less GKE free-tier credit $${credit.toFixed(2)}`, unitPriceUsd: net / HOURS_PER_MONTH, monthlyUsd: net };
    }
    fees[g.regionId] = { regionId: g.regionId, provider: g.provider, deploymentType: g.deploymentType, monthlyUsd: line.monthlyUsd, line };
  }
  return fees;
}
