// The keys/ folder: one directory per node with its private key and the public values derived from it,
// plus Tessera's key pair for private members. The only place private keys are written.

import type { NodeKeys } from "./identities";
import { nodeKeyHex } from "./keys";
import type { ExportFile } from "./types";

export function keyFiles(keys: readonly NodeKeys[]): ExportFile[] {
  return keys.flatMap((k): ExportFile[] => {
    const dir = `keys/${k.node.name}`;
    const files: ExportFile[] = [
      // Both clients read 64 hex digits without 0x or newline (geth's LoadECDSA is strict about it).
      { path: `${dir}/nodekey`, contents: nodeKeyHex(k.privateKey), kind: "keys", sensitive: true },
      { path: `${dir}/nodekey.pub`, contents: k.identity.publicKey, kind: "keys" },
      { path: `${dir}/address`, contents: k.identity.address, kind: "keys" },
    ];
    if (k.tessera) {
      files.push(
        { path: `${dir}/tm.key`, contents: k.tessera.privateKeyFile, kind: "keys", sensitive: true },
        { path: `${dir}/tm.pub`, contents: k.tessera.publicKey, kind: "keys" },
      );
    }
    return files;
  });
}
