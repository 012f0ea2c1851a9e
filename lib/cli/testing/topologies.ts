// Inputs for the CLI tests: one design with no findings, one that halts when a region fails.

import { starterDocument } from "../../domain/starter";

/** Four Azure regions, one validator each, two bootnodes, meshed: survives any one region. No findings. */
export const CLEAN_QDQ_YAML = `strategy: regional-distribution
regions:
  eastus: { isPrimary: true, nodeDistribution: { validators: { count: 1 }, bootNodes: { count: 1 } } }
  eastus2: { network: { peeringTarget: eastus }, nodeDistribution: { validators: { count: 1 }, bootNodes: { count: 1 } } }
  centralus: { network: { peeringTarget: eastus }, nodeDistribution: { validators: { count: 1 } } }
  southcentralus: { network: { peeringTarget: eastus }, nodeDistribution: { validators: { count: 1 } } }
globalSettings: { consensus: qbft, chainId: 1337, networkTopology: mesh }
`;

/** QDQ's starter: everything in eastus, so losing it halts the chain (a warning), GDPR flags it (errors). */
export function starter(): object {
  return starterDocument("Starter");
}
