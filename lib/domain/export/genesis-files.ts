// The genesis/ folder: genesis.json for the whole network, the public list of nodes, static-nodes.json with
// every node at its network-wide DNS name, and per region the static nodes a node there can reach (what
// nodes on virtual machines use; the Kubernetes targets carry the same lists in their ConfigMaps).

import type { TopologyDocument } from "../schema";
import { buildGenesis, genesisText } from "./genesis";
import { validatorAddresses, type NodeKeys } from "./identities";
import { peerEnodes } from "./peer-lists";
import type { NetworkPlan } from "./terraform/plan";
import type { ExportFile } from "./types";

export function genesisFiles(doc: TopologyDocument, keys: readonly NodeKeys[], plan: NetworkPlan): ExportFile[] {
  const { network } = doc;
  const genesis = buildGenesis({
    client: network.client,
    consensus: network.consensus,
    chainId: network.chainId,
    validators: validatorAddresses(keys),
    blockPeriodSeconds: network.blockPeriodSeconds,
    requestTimeoutSeconds: network.requestTimeoutSeconds,
  });
  const nodes = keys.map((k) => k.identity);
  return [
    { path: "genesis/genesis.json", contents: genesisText(genesis), kind: "genesis" },
    { path: "genesis/nodes.json", contents: `${JSON.stringify(nodes, null, 2)}\n`, kind: "genesis" },
    { path: "genesis/static-nodes.json", contents: `${JSON.stringify(nodes.map((n) => n.enode), null, 2)}\n`, kind: "genesis" },
    ...plan.regions.map((r): ExportFile => ({
      path: `genesis/static-nodes/${r.k8sName}.json`,
      contents: `${JSON.stringify(peerEnodes(plan, keys, r), null, 2)}\n`,
      kind: "genesis",
    })),
  ];
}
