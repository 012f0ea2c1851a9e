// The words beside each choice: what a client, an algorithm, a tolerance or a compliance pack means.

import type { Client, CompliancePack, Consensus } from "@/lib/domain/schema";
import type { Tolerance } from "@/lib/domain/wizard";

export const CLIENT_CHOICES: Record<Client, { title: string; description: string }> = {
  besu: { title: "Hyperledger Besu", description: "Java client, maintained under LF Decentralized Trust; QBFT or IBFT 2.0." },
  goquorum: { title: "GoQuorum", description: "Go client with Tessera private transactions; QBFT, Istanbul, Raft or Clique." },
};

export const CONSENSUS_CHOICES: Record<Consensus, { title: string; description: string }> = {
  qbft: { title: "QBFT", description: "Byzantine fault tolerant with immediate finality. The recommended choice." },
  ibft2: { title: "IBFT 2.0", description: "Byzantine fault tolerant; QBFT supersedes it for new networks." },
  istanbul: { title: "Istanbul BFT", description: "GoQuorum's IBFT; Byzantine fault tolerant." },
  raft: { title: "Raft", description: "Crash fault tolerant, fast blocks; a majority must stay connected." },
  clique: { title: "Clique", description: "Proof of authority; a majority of signers; short forks are possible." },
};

export const TOLERANCE_CHOICES: Record<Tolerance, { title: string; description: string }> = {
  none: { title: "None", description: "Losing a region may halt the chain. Cheapest; for trials." },
  region: { title: "Survive one region", description: "Any one region can fail and blocks keep coming." },
  provider: { title: "Survive one cloud", description: "A whole cloud provider can fail and blocks keep coming." },
};

export const PACK_CHOICES: Record<CompliancePack, { title: string; description: string }> = {
  gdpr: { title: "GDPR", description: "Data stays in the EEA or adequate countries." },
  hipaa: { title: "HIPAA", description: "Only HIPAA-eligible regions; encrypted, audited." },
  soc2: { title: "SOC 2", description: "Survives a region; backups off the primary." },
};
