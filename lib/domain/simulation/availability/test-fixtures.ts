// Small designs with known availability, shared by the availability tests.

import { makeDocument, region, withValidators } from "../../consensus/test-documents";
import type { TopologyDocument } from "../../schema";

export const eastus = region("eastus", "azure", "eastus");
export const westeurope = region("westeurope", "azure", "westeurope");
export const useast1 = region("use1", "aws", "us-east-1");
export const belgium = region("belgium", "gcp", "europe-west1");

/** One Azure region holding all `validators`. */
export function oneRegion(validators: number): TopologyDocument {
  return withValidators([eastus], [validators]);
}

/** One validator in each of three Azure regions: 2 of 3 make the quorum, inside one cloud. */
export function threeAzureRegions(): TopologyDocument {
  return withValidators([eastus, westeurope, region("uksouth", "azure", "uksouth")], [1, 1, 1]);
}

/** One validator in each of two Azure regions and one AWS region, each Azure region with its own VPN to AWS. */
export function twoCloudsThreeRegions(): TopologyDocument {
  return withValidators([eastus, westeurope, useast1], [1, 1, 1], {}, [
    { id: "east-aws", from: "eastus", to: "use1", kind: "vpn" },
    { id: "west-aws", from: "westeurope", to: "use1", kind: "vpn" },
  ]);
}

/** One validator in each of three clouds, every pair joined by a VPN. */
export function threeClouds(): TopologyDocument {
  return withValidators([eastus, useast1, belgium], [1, 1, 1], {}, [
    { id: "az-aws", from: "eastus", to: "use1", kind: "vpn" },
    { id: "aws-gcp", from: "use1", to: "belgium", kind: "vpn" },
    { id: "gcp-az", from: "belgium", to: "eastus", kind: "vpn" },
  ]);
}

/**
 * Azure eastus and westeurope (1 validator each) and AWS us-east-1 (2): 4 validators, quorum 3. Two VPNs
 * from different Azure regions reach AWS; either one is enough, both down splits 2 | 2.
 */
export function twoParallelVpns(): TopologyDocument {
  return withValidators([eastus, westeurope, useast1], [1, 1, 2], {}, [
    { id: "vpn-east", from: "eastus", to: "use1", kind: "vpn" },
    { id: "vpn-west", from: "westeurope", to: "use1", kind: "vpn" },
  ]);
}

/** No validators at all. */
export function noValidators(): TopologyDocument {
  return makeDocument({ regions: [eastus], nodeGroups: [] });
}
