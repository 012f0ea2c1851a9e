// Tessera privacy to Paladin: Besu 25.6.0 removed private transactions, and its maintainers point to Paladin
// (LF Decentralized Trust), which runs beside unmodified EVM nodes. There is no conversion of private state, so
// the plan exports what is needed while privacy still runs and recreates it in Paladin privacy groups.

import { expandNodes } from "../export/nodes";
import type { TopologyDocument } from "../schema";
import { RELEASES } from "../support";
import type { MigrationPlan } from "./types";

export function tesseraToPaladin(doc: TopologyDocument): MigrationPlan {
  const members = expandNodes(doc).filter((n) => n.group.role === "member" && n.group.memberType === "private");
  const onGoQuorum = doc.network.client === "goquorum";
  const target: TopologyDocument = {
    ...doc,
    nodeGroups: doc.nodeGroups.map((g) => (g.role === "member" && g.memberType === "private" ? { ...g, memberType: "permissioned" as const } : g)),
  };
  const release = onGoQuorum ? `GoQuorum ${RELEASES.goquorum.tag}` : `Besu ${RELEASES.besuWithTessera.tag}`;
  return {
    kind: "tessera-to-paladin",
    title: "Tessera private transactions to Paladin",
    summary: `${members.length} private member node${members.length === 1 ? "" : "s"} run Tessera. Their private contracts move to Paladin privacy groups: Paladin runs one node per member beside the network and uses the members' ${onGoQuorum ? "nodes (Besu, once the client migration is done)" : "Besu nodes"} as its base ledger. Tessera's private state does not convert, so it is read out while ${release} still runs privacy and recreated.`,
    continuity: "same-chain",
    target,
    steps: [
      {
        title: "Inventory the private state",
        actions: [
          "List every privacy group and the private contracts deployed in each (Besu: priv_findPrivacyGroup; Tessera's party info for the members).",
          `Read out the state each application needs from those contracts (private eth_call / priv_call) at a cut-off block, while the nodes still run ${release}.`,
        ],
        check: "Each private contract's state is exported and checked by its owner.",
      },
      {
        title: "Install Paladin beside the network",
        actions: [
          "Install cert-manager, then Paladin's operator with Helm (charts paladin-operator-crd and paladin-operator from https://LF-Decentralized-Trust-labs.github.io/paladin), in a mode that attaches to an existing network.",
          `Run one Paladin node per member organisation (${[...new Set(members.map((m) => m.group.name ?? m.group.id))].join(", ")}), each with its base ledger endpoint set to that member's node (JSON-RPC port 8545, WebSocket 8546).`,
        ],
        commands: [
          "helm repo add paladin https://LF-Decentralized-Trust-labs.github.io/paladin --force-update",
          "helm upgrade --install paladin-crds paladin/paladin-operator-crd",
        ],
        check: "Every Paladin node is ready and reports the base ledger's latest block.",
      },
      {
        title: "Recreate each privacy group in Paladin",
        actions: [
          "For each Tessera privacy group, create a Pente privacy group with the same members and deploy its contracts into it; token-like contracts may fit Noto or Zeto better.",
          "Re-initialise the contracts' state from the export, and have each owner check it.",
        ],
        check: "Reads through Paladin return the exported state for every contract.",
      },
      {
        title: "Switch applications and stop Tessera",
        actions: [
          "Point applications' private transactions at Paladin's JSON-RPC API, then stop sending private transactions to Tessera.",
          "Stop Tessera and restart each member without the privacy options; the design's private members become permissioned members.",
          `Upgrade past ${onGoQuorum ? "GoQuorum (the goquorum-to-besu plan)" : `Besu ${RELEASES.besuWithTessera.tag}`} to Besu ${RELEASES.besu.tag}: from 25.6.0 Besu no longer executes historic private transactions, so the exported copy is the record of the old private state.`,
        ],
        check: "No request reaches Tessera; private transactions land through Paladin.",
      },
    ],
    caveats: [
      "Paladin's privacy model is not Tessera's: contracts relying on privateFor semantics or on private contracts calling public ones need review.",
      "The exported Tessera-era private state is the only copy once nodes run releases without privacy: keep it.",
    ],
    sources: [
      { title: "besu #8369: remove Tessera privacy (names Paladin)", url: "https://github.com/besu-eth/besu/pull/8369" },
      { title: "LF Decentralized Trust: Paladin", url: "https://www.lfdecentralizedtrust.org/blog/paladin-a-unified-programmable-privacy-framework-for-evm-becomes-newest-lf-decentralized-trust-project" },
      { title: "Paladin documentation", url: "https://lfdt-paladin.github.io/paladin/head/" },
    ],
  };
}
