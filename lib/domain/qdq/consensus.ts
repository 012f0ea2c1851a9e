import { CONSENSUS_ALGORITHMS, CONSENSUS_BY_CLIENT, type Client, type Consensus } from "../schema";
import { describeValue, fail } from "./read-fields";

export interface ClientConsensus {
  client: Client;
  consensus: Consensus;
}

/**
 * QDQ's consensus names, resolved to a client and algorithm. Besu is the default client; raft and
 * istanbul exist only in GoQuorum, and QDQ's `ibft` means GoQuorum's istanbul unless Besu is asked for
 * (Besu's variant is IBFT 2.0, `ibft2`).
 */
export function resolveClientConsensus(
  rawConsensus: unknown,
  client: Client | undefined,
  path: string,
  warnings: string[],
): ClientConsensus {
  if (rawConsensus === undefined || rawConsensus === null) {
    return { client: client ?? "besu", consensus: "qbft" };
  }
  const name = typeof rawConsensus === "string" ? rawConsensus.trim().toLowerCase() : undefined;
  let consensus: Consensus | undefined = CONSENSUS_ALGORITHMS.find((c) => c === name);
  if (name === "ibft" || name === "ibft1") consensus = client === "besu" ? "ibft2" : "istanbul";
  if (name === "ibft2.0" || name === "ibft-2") consensus = "ibft2";
  if (!consensus) {
    fail(path, `unknown consensus ${describeValue(rawConsensus)} (expected one of ${CONSENSUS_ALGORITHMS.join(", ")}, or ibft)`);
  }
  const chosen: Client = client ?? (CONSENSUS_BY_CLIENT.besu.includes(consensus) ? "besu" : "goquorum");
  if (!CONSENSUS_BY_CLIENT[chosen].includes(consensus)) {
    warnings.push(`${path}: ${chosen} does not run ${consensus} (it runs ${CONSENSUS_BY_CLIENT[chosen].join(", ")})`);
  }
  return { client: chosen, consensus };
}
