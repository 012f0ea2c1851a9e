// Key material for every node of a document: supplied keys where the user gave them, generated ones
// otherwise. NodeKeys hold private keys and stay inside the export; NodeIdentity is the public face.

import type { TopologyDocument } from "../schema";
import { enodeUrl } from "./client-config";
import { cryptoRandom, generateNodeKey, generateTesseraKeys, identityOf, parseNodeKey, type RandomSource, type TesseraKeys } from "./keys";
import { networkSlug } from "./names";
import { expandNodes, runsTessera, type NodeInstance } from "./nodes";
import { ExportError, type KeyOptions, type NodeIdentity } from "./types";

export interface NodeKeys {
  readonly node: NodeInstance;
  readonly privateKey: Uint8Array;
  readonly identity: NodeIdentity;
  readonly tessera?: TesseraKeys;
}

export function nodeKeysFor(doc: TopologyDocument, keys: KeyOptions = { mode: "generate" }, random: RandomSource = cryptoRandom): NodeKeys[] {
  const nodes = expandNodes(doc);
  const supplied = keys.mode === "supplied" ? keys.nodeKeys : {};
  const known = new Set(nodes.map((n) => n.name));
  const unknown = Object.keys(supplied).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ExportError(`keys supplied for nodes this network does not have: ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? ", ..." : ""} (node names look like ${nodes[0]?.name ?? "validator-eastus-1"})`);
  }
  const seen = new Map<string, string>();
  return nodes.map((node) => {
    const hex: unknown = Object.hasOwn(supplied, node.name) ? supplied[node.name] : undefined;
    if (hex !== undefined && typeof hex !== "string") throw new ExportError(`the key supplied for ${node.name} must be a string of 64 hexadecimal digits`);
    const privateKey = hex !== undefined ? parseNodeKey(hex, `the key supplied for ${node.name}`) : generateNodeKey(random);
    const { address, publicKey } = identityOf(privateKey);
    const twin = seen.get(publicKey);
    if (twin) throw new ExportError(`${node.name} and ${twin} have the same node key; every node needs its own`);
    seen.set(publicKey, node.name);
    const identity: NodeIdentity = {
      name: node.name,
      role: node.role,
      groupId: node.group.id,
      regionId: node.region.id,
      address,
      publicKey,
      enode: enodeUrl(doc, publicKey, canonicalHost(doc, node)),
    };
    return { node, privateKey, identity, ...(runsTessera(node.group) ? { tessera: generateTesseraKeys(random) } : {}) };
  });
}

/** Validators' addresses in document order: what genesis extraData lists. */
export function validatorAddresses(keys: readonly NodeKeys[]): string[] {
  return keys.filter((k) => k.node.role === "validator").map((k) => k.identity.address);
}

/**
 * The DNS name a node is known by across regions and clouds: `<node>.<network>.internal`. Inside one
 * Kubernetes cluster or compose network, targets use their own local names; between them, operators create
 * these records in a private DNS zone (the README says how).
 */
export function canonicalHost(doc: TopologyDocument, node: NodeInstance): string {
  return `${node.name}.${networkSlug(doc.name)}.internal`;
}
