import { bytesToHex } from "@noble/hashes/utils.js";
import type { Db } from "../db";
import { checkpointConfig, type CheckpointConfig } from "./checkpoint-config";
import { checkpointsOf } from "./verify";

/** An organisation's checkpoints, oldest first, with every public key this server trusts to have signed them. */
export async function auditCheckpoints(db: Db, organizationId: string, config: CheckpointConfig = checkpointConfig()) {
  const checkpoints = (await checkpointsOf(db, organizationId, config)).sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at));
  return {
    currentKeyId: config.key.keyId,
    publicKeys: [...config.trusted].map(([keyId, key]) => ({ keyId, publicKey: bytesToHex(key) })),
    checkpoints,
  };
}
