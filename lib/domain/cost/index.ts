// The cost model: monthly list-price estimates of a topology, per group, region and provider, and the same
// network re-priced on another cloud. Pure: no I/O, runs in the browser, the server and the CLI.

export type {
  ClusterFee, CostCategory, CostLine, CostOptions, NetworkFee, NodeGroupCost, PriceSourceKind, TopologyCost, UnpricedRegion,
} from "./types";
export { priceNodeGroup } from "./price-node-group";
export { priceTopology } from "./price-topology";
export { networkFees } from "./network-fees";
export { compareProviders, priceOnProvider, type ProviderCost, type ProviderMapping, type RegionMapping } from "./price-on-provider";
export { equivalentSize } from "./size-equivalence";
export { resolveSize, DEFAULT_SIZE_BY_PROVIDER, type ResolvedSize, type SizeResolution } from "./size-resolution";
export { DEPLOYMENT_KIND, deploymentKindIn, equivalentDeploymentType, providerOfDeploymentType, type DeploymentKind } from "./deployment-equivalence";
export { greatCircleKm, nearestRegion, type NearestRegion } from "./nearest-region";
export { regionalMultiplier, type RegionalMultiplier } from "./regional-multiplier";
export { GKE_MONTHLY_FREE_CREDIT_USD } from "./cluster-fees";
export { DEFAULT_REGION_CATALOG, type RegionCatalog } from "./region-catalog";
export * from "./prices";
