// The genesis/ folder: genesis.json for the whole network, the public list of nodes, and static-nodes.json
// with every node at its network-wide DNS name. What a node dials depends on where it runs: machines/<node>/
// and the Kubernetes ConfigMaps carry those lists.

import type { TopologyDocument } from "../schema";
import { designGenesis, genesisText } from "./genesis";
import { validatorAddresses, type NodeKeys } from "./identities";
import type { ExportFile } from "./types";

export function genesisFiles(doc: TopologyDocument, keys: readonly NodeKeys[]): ExportFile[] {
  const genesis = designGenesis(doc, validatorAddresses(keys));
  const nodes = keys.map((k) => k.identity);
  return [
    { path: "genesis/genesis.json", contents: genesisText(genesis), kind: "genesis" },
    { path: "genesis/nodes.json", contents: `${JSON.stringify(nodes, null, 2)}\n`, kind: "genesis" },
    { path: "genesis/static-nodes.json", contents: `${JSON.stringify(nodes.map((n) => n.enode), null, 2)}\n`, kind: "genesis" },
  ];
}
