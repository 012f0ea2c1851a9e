// The JSON-RPC calls that change a running chain's validator set, per client and consensus, with the rule for
// how many current validators must make them and where each client documents it.

import type { Client, Consensus } from "../../schema";
import { BESU_REMOVALS, RELEASES, type Source } from "../../support";

export interface ValidatorApi {
  /** "QBFT on Besu". */
  readonly name: string;
  /** "vote": more than half of the current validators call `propose`; "raft": one member changes the cluster. */
  readonly mode: "vote" | "raft";
  /** Vote: propose(address, true | false). Raft: addLearner(enode) at deployment, then promote(raftId). */
  readonly propose: string;
  readonly discard?: string;
  readonly promote?: string;
  readonly removePeer?: string;
  /** Which validators have been signing recent blocks, where the client answers it. */
  readonly signerActivity?: { readonly method: string; readonly params: readonly unknown[] };
  /** Lists the current validators (signers, Raft members). */
  readonly list: { readonly method: string; readonly params: readonly unknown[] };
  /** The rule in words, as its client documents it. */
  readonly rule: string;
  readonly source: Source;
  /** What else the calls depend on (a release that still has them). */
  readonly caveat?: string;
}

const BESU_DOCS = "https://besu.hyperledger.org/private-networks/how-to/configure/consensus";
const GOQUORUM_DOCS = "https://docs.goquorum.consensys.io/configure-and-manage";
const MAJORITY = "a change takes effect once more than half of the current validators have proposed it, so at least floor(n/2)+1 of them make the call";

function bftVote(name: string, prefix: "qbft" | "ibft", url: string): ValidatorApi {
  return {
    name, mode: "vote",
    propose: `${prefix}_proposeValidatorVote`, discard: `${prefix}_discardValidatorVote`,
    list: { method: `${prefix}_getValidatorsByBlockNumber`, params: ["latest"] },
    signerActivity: { method: `${prefix}_getSignerMetrics`, params: [] },
    rule: `${name}: ${MAJORITY}; each vote rides in a block its caller proposes, and pending votes are dropped at every epoch boundary (callers re-add theirs)`,
    source: { title: `Besu docs: ${name.replace(" on Besu", "")}, add and remove validators`, url },
  };
}

const besuClique = (): ValidatorApi => {
  const removal = BESU_REMOVALS.find((r) => r.kind === "api" && r.name === "CLIQUE");
  return {
    name: "Clique on Besu", mode: "vote", propose: "clique_propose", discard: "clique_discard",
    list: { method: "clique_getSigners", params: ["latest"] },
    signerActivity: { method: "clique_getSignerMetrics", params: [] },
    rule: `Clique on Besu: ${MAJORITY.replace("validators", "signers")}`,
    source: { title: "Besu docs: Clique, add and remove signers", url: `${BESU_DOCS}/clique#add-and-remove-signers` },
    caveat: `Besu ${removal?.removedIn ?? "26.4.0"} removed the clique_* methods (${removal?.source ?? "besu #9992"}); a Clique network stays on Besu ${RELEASES.besuWithClique.tag}, which still has them.`,
  };
};

/** The validator API of a client and consensus, or undefined for a pair no client runs (Raft on Besu). */
export function validatorApi(client: Client, consensus: Consensus): ValidatorApi | undefined {
  if (client === "besu") {
    if (consensus === "qbft") return bftVote("QBFT on Besu", "qbft", `${BESU_DOCS}/qbft#add-and-remove-validators`);
    if (consensus === "ibft2") return bftVote("IBFT 2.0 on Besu", "ibft", `${BESU_DOCS}/ibft#add-and-remove-validators`);
    if (consensus === "clique") return besuClique();
    return undefined;
  }
  if (consensus === "qbft" || consensus === "istanbul") {
    const name = consensus === "qbft" ? "QBFT on GoQuorum" : "Istanbul BFT on GoQuorum";
    return {
      name, mode: "vote", propose: "istanbul_propose", discard: "istanbul_discard",
      list: { method: "istanbul_getValidators", params: ["latest"] },
      signerActivity: { method: "istanbul_status", params: [] },
      rule: `${name}: adding or removing a validator needs a majority vote (more than 50%) of the current validators`,
      source: { title: "GoQuorum docs: Configure QBFT consensus", url: `${GOQUORUM_DOCS}/configure/consensus-protocols/qbft` },
    };
  }
  if (consensus === "clique") {
    return {
      name: "Clique on GoQuorum", mode: "vote", propose: "clique_propose", discard: "clique_discard",
      list: { method: "clique_getSigners", params: ["latest"] },
      rule: `Clique on GoQuorum: ${MAJORITY.replace("validators", "signers")}`,
      source: { title: "GoQuorum docs: Configure Clique consensus", url: `${GOQUORUM_DOCS}/configure/consensus-protocols/clique` },
    };
  }
  if (consensus === "raft") {
    return {
      name: "Raft on GoQuorum", mode: "raft", propose: "raft_addLearner", promote: "raft_promoteToPeer", removePeer: "raft_removePeer",
      list: { method: "raft_cluster", params: [] },
      rule: "Raft on GoQuorum: one call on any current member changes the cluster; the change commits once a majority of the members acknowledge it. A learner receives blocks without counting toward the majority until it is promoted",
      source: { title: "GoQuorum docs: Add and remove nodes (Raft)", url: `${GOQUORUM_DOCS}/manage/add-nodes` },
    };
  }
  return undefined;
}

/** Current validators that must make the call: more than half of the set for a vote, one member for Raft. */
export function callersNeeded(api: ValidatorApi, validatorsInSet: number): number {
  return api.mode === "raft" ? 1 : Math.floor(validatorsInSet / 2) + 1;
}
