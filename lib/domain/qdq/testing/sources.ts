// QDQ inputs written by hand in the shapes QDQ's own sources use (repository Defi-Oracle-Tooling/Revamp-of-QDQ):
// its regional topology guide (docs/configuration/regional-topology.md), its resolver's TopologyFile and
// ResolvedAzureTopology types (src/topologyResolver.ts), the parameter file its builder writes
// (src/networkBuilder.ts, generateAzureParameterFile) and its CLI flags (src/index.ts).

/** The guide's "Enhanced JSON Topology Format": subnetPrefix as leading octets, a null peeringTarget, scale with targetCPU. */
export function regionalGuideFile() {
  return {
    strategy: "regional-distribution",
    regions: {
      eastus: {
        isPrimary: true,
        network: { vnetCidr: "10.0.0.0/16", subnetPrefix: "10.0", peeringTarget: null },
        nodeDistribution: {
          validators: {
            count: 3, deploymentType: "aks", vmSize: "Standard_D4s_v3", capabilities: ["consensus", "rpc"],
            scale: { min: 3, max: 5, targetCPU: 70, scaleUpDelay: "5m" }, storage: { type: "premium", sizeGB: 100 },
          },
          rpcNodes: {
            api: { type: "standard", count: 2, capabilities: ["eth", "web3"], deploymentType: "aca" },
            admin: { type: "admin", count: 1, capabilities: ["eth", "web3", "admin"], deploymentType: "vm" },
          },
          bootNodes: { count: 1, deploymentType: "vm", vmSize: "Standard_B2ms" },
        },
      },
      westus2: {
        isPrimary: false,
        network: { vnetCidr: "10.1.0.0/16", subnetPrefix: "10.1", peeringTarget: "eastus" },
        nodeDistribution: {
          validators: { count: 2, deploymentType: "aks" },
          archiveNodes: { count: 1, deploymentType: "vmss", storage: { type: "premium", sizeGB: 500 } },
          observers: { count: 1, deploymentType: "vm", vmSize: "Standard_DS2_v2" },
        },
      },
    },
    globalSettings: { consensus: "qbft", networkTopology: "hub-spoke", hubRegion: "eastus" },
  };
}

/** A TopologyFile (`--azureTopologyFile`): every commercial region but the excluded ones, RPC subtypes as a map. */
export function allMinusExcludesTopologyFile() {
  return {
    strategy: "all-minus-excludes",
    classification: "commercial",
    excludeRegions: ["US", "Brazil", "westeurope"],
    deploymentDefault: "aks",
    placements: {
      validators: { regions: ["northeurope", "uksouth"], replicas: 4, nodeSize: "Standard_DS3_v2" },
      bootNodes: { deploymentType: "vm", regions: ["northeurope"], instanceCount: 1, vmSize: "Standard_D2_v2" },
      rpcNodes: {
        api: { type: "standard", deploymentType: "aca", regions: ["northeurope"], count: 2, scale: { min: 2, max: 4 } },
        trace: { type: "trace", count: 1, regions: ["uksouth"], capabilities: { txpool: true } },
      },
      memberPrivate: { regions: ["uksouth"], instanceCount: 2, vmSize: "Standard_F4s" },
    },
    tags: { env: "prod", costCenter: "1234" },
    network: { mode: "hub-spoke", hubRegion: "northeurope" },
  };
}

/** What QDQ writes to topology.parameters.json for `--azureRegions eastus,westus2 --validators 4 --azureSizeMap ...`. */
export function generatedParametersFile() {
  return {
    regions: ["eastus", "westus2"],
    placements: {
      validators: {
        deploymentType: "aks", regions: ["eastus", "westus2"], replicas: 4, vmSize: "Standard_D4_v3", nodeSize: "Standard_D4_v3",
      },
      bootNodes: { deploymentType: "aks", regions: ["eastus"], instanceCount: 1 },
      rpcNodes: {
        deploymentType: "aca", regions: ["eastus"], instanceCount: 2, rpcType: "standard",
        capabilities: {
          eth: true, web3: true, net: true, admin: false, debug: false, trace: false, txpool: false, personal: false,
          miner: false, graphql: false, websocket: false, archive: false,
        },
        vmSize: "Standard_A2_v2", scale: { min: 2, max: 6 },
      },
    },
    tags: { env: "dev", owner: "platform" },
    network: { mode: "flat", vnetCidr: "10.200.0.0/16" },
    generatedAt: "2025-10-14T09:30:00.000Z",
  };
}

/** The guide's privacy-network command, with RPC kinds, sizes, scaling and tags as QDQ's CLI takes them. */
export const PRIVACY_NETWORK_COMMAND = `npx quorum-dev-quickstart \\
  --clientType besu \\
  --privacy true \\
  --azureRegionalDistribution "eastus:validators=4+member=3+rpc=2,centralus:member=2+rpc=1" \\
  --memberNodeTypes "permissioned:2;private:2;public:1" \\
  --rpcNodeTypes "api:standard:2;trace:trace:1" \\
  --azureNetworkMode flat \\
  --azureSizeMap "validators=Standard_D4s_v3,rpc=Standard_D2s_v3,trace=Standard_E4s_v3" \\
  --azureScaleMap "api=2:6" \\
  --azureTags "env=dev,owner=platform"
`;

/** QDQ's NetworkContext as JSON (flags already parsed), without a distribution: counts placed by the placement DSL. */
export function networkContextFlags() {
  return {
    clientType: "goquorum",
    consensus: "qbft",
    chainId: 4242,
    azureEnable: true,
    azureRegions: ["eastus", "westus2", "northeurope"],
    azureRegionExclude: ["northeurope"],
    azureDeploymentDefault: "vmss",
    validators: 5,
    bootNodes: 2,
    rpcNodeTypes: "api:standard:2;admin:admin:1",
    memberPrivate: 2,
    azureNodePlacement: "validators:aks:eastus+westus2;api:aca:westus2;bootNodes:vm:eastus+westus2",
    azureSizeMap: { validators: "Standard_DS3_v2", api: "Standard_D2_v2", memberPrivate: "Standard_E4s_v3" },
    azureScaleMap: { api: { min: 2, max: 4 } },
    azureTags: { env: "staging" },
    azureNetworkMode: "hub-spoke",
    azureHubRegion: "eastus",
    outputPath: "./quorum-test-network",
  };
}
