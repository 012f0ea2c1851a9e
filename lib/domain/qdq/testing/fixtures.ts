// QDQ inputs shared by the tests: the EnhancedTopologyFile example from QDQ's documentation, extended to three clouds.

import type { EnhancedTopologyFile } from "../qdq-types";

export function sampleEnhancedFile(): EnhancedTopologyFile {
  return {
    strategy: "regional-distribution",
    deploymentDefault: "aks",
    regions: {
      eastus: {
        isPrimary: true,
        network: { vnetCidr: "10.1.0.0/16" },
        nodeDistribution: {
          validators: { count: 3, deploymentType: "aks", vmSize: "Standard_D4s_v5" },
          rpcNodes: {
            api: { type: "standard", count: 2, deploymentType: "aca" },
            tracing: { type: "trace", count: 1, deploymentType: "aks", capabilities: { txpool: true } },
          },
          bootNodes: { count: 1, deploymentType: "vm" },
        },
      },
      westus2: {
        network: { vnetCidr: "10.2.0.0/16", peeringTarget: "eastus" },
        nodeDistribution: {
          validators: { count: 2 },
          archiveNodes: { count: 1, deploymentType: "vmss", storage: { type: "premium", sizeGB: 1024 } },
          memberNodes: {
            banks: { type: "private", count: 2, deploymentType: "aks" },
            observers: { type: "public", count: 1 },
          },
        },
      },
      "aws:us-east-1": {
        network: { peeringTarget: "eastus" },
        nodeDistribution: {
          validators: { count: 1, deploymentType: "eks", vmSize: "m6i.2xlarge", scale: { min: 1, max: 3, targetCpu: 60 } },
        },
      },
      "gcp:europe-west1": {
        network: { vnetCidr: "10.40.0.0/16", subnetPrefix: 26, peeringTarget: "aws:us-east-1" },
        nodeDistribution: { bootNodes: { count: 1 } },
      },
    },
    globalSettings: {
      consensus: "qbft",
      chainId: 1337,
      networkTopology: "hub-spoke",
      hubRegion: "eastus",
      crossRegionLatency: "optimized",
      classification: "commercial",
    },
    tags: { env: "dev", owner: "platform" },
  };
}

export const SAMPLE_YAML = `# QDQ regional topology, YAML twin of the JSON file
strategy: regional-distribution
deploymentDefault: aks
regions:
  eastus:
    isPrimary: true
    network:
      vnetCidr: 10.1.0.0/16
    nodeDistribution:
      validators: { count: 3, deploymentType: aks, vmSize: Standard_D4s_v5 }
      rpcNodes:
        api: { type: standard, count: 2, deploymentType: aca }
        tracing:
          type: trace
          count: 1
          deploymentType: aks
          capabilities: { txpool: true }
      bootNodes: { count: 1, deploymentType: vm }
  westus2:
    network: { vnetCidr: 10.2.0.0/16, peeringTarget: eastus }
    nodeDistribution:
      validators: { count: 2 }
      archiveNodes:
        count: 1
        deploymentType: vmss
        storage: { type: premium, sizeGB: 1024 }
      memberNodes:
        banks: { type: private, count: 2, deploymentType: aks }
        observers: { type: public, count: 1 }
  aws:us-east-1:
    network: { peeringTarget: eastus }
    nodeDistribution:
      validators:
        count: 1
        deploymentType: eks
        vmSize: m6i.2xlarge
        scale: { min: 1, max: 3, targetCpu: 60 }
  gcp:europe-west1:
    network: { vnetCidr: 10.40.0.0/16, subnetPrefix: 26, peeringTarget: "aws:us-east-1" }
    nodeDistribution:
      bootNodes: { count: 1 }
globalSettings:
  consensus: qbft
  chainId: 1337
  networkTopology: hub-spoke
  hubRegion: eastus
  crossRegionLatency: optimized
  classification: commercial
tags:
  env: dev
  owner: platform
`;
