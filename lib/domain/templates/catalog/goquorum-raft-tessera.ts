import { CURRENT_SCHEMA_VERSION } from "../../schema";
import { defineTemplate } from "../define-template";

// Raft needs a majority: 3 of 5 peers. 2/2/1 over three regions leaves at least 3 after any one region goes.
export const goquorumRaftTessera = defineTemplate({
  slug: "goquorum-raft-private",
  title: "Legacy: GoQuorum Raft with private members (Tessera)",
  description:
    "For a GoQuorum Raft network that already runs, to keep it described and plan its move to Besu QBFT: GoQuorum is no longer maintained. AWS Frankfurt, Ireland and Paris; private members run Tessera for private transactions; five Raft peers split 2/2/1 keep a majority through the loss of any one region, and every node stays in the EEA.",
  tags: ["legacy", "goquorum", "raft", "privacy", "tessera", "aws", "eu", "gdpr"],
  claims: ["gdpr"],
  survives: "region",
  document: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: "GoQuorum Raft private network",
    network: { client: "goquorum", consensus: "raft", chainId: 10, blockPeriodSeconds: 1, topology: "mesh", existing: true },
    regions: [
      { id: "aws-eu-central-1", provider: "aws", region: "eu-central-1", primary: true, cidr: "10.60.0.0/16" },
      { id: "aws-eu-west-1", provider: "aws", region: "eu-west-1", cidr: "10.61.0.0/16" },
      { id: "aws-eu-west-3", provider: "aws", region: "eu-west-3", cidr: "10.62.0.0/16" },
    ],
    nodeGroups: [
      { id: "raft-fra", regionId: "aws-eu-central-1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "raft-dub", regionId: "aws-eu-west-1", role: "validator", count: 2, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "raft-par", regionId: "aws-eu-west-3", role: "validator", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "bootnode-fra", regionId: "aws-eu-central-1", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      { id: "bootnode-dub", regionId: "aws-eu-west-1", role: "bootnode", count: 1, deploymentType: "ec2", vmSize: "t3.medium" },
      { id: "rpc-fra", regionId: "aws-eu-central-1", role: "rpc", name: "api", count: 1, deploymentType: "eks", vmSize: "m6i.xlarge" },
      { id: "private-fra", regionId: "aws-eu-central-1", role: "member", name: "bank-a", count: 2, deploymentType: "eks", vmSize: "m6i.large", memberType: "private" },
      { id: "private-dub", regionId: "aws-eu-west-1", role: "member", name: "bank-b", count: 2, deploymentType: "eks", vmSize: "m6i.large", memberType: "private" },
      { id: "private-par", regionId: "aws-eu-west-3", role: "member", name: "regulator", count: 1, deploymentType: "eks", vmSize: "m6i.large", memberType: "private" },
    ],
    links: [
      { id: "fra-dub", from: "aws-eu-central-1", to: "aws-eu-west-1", kind: "peering" },
      { id: "fra-par", from: "aws-eu-central-1", to: "aws-eu-west-3", kind: "peering" },
      { id: "dub-par", from: "aws-eu-west-1", to: "aws-eu-west-3", kind: "peering" },
    ],
    compliance: { packs: ["gdpr"] },
    operations: { monitoring: true, auditLogging: true, encryptionAtRest: true, backupRegionId: "aws-eu-west-1" },
    tags: { environment: "production", privacy: "tessera" },
  },
});
