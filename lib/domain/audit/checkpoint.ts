// Signed checkpoints of an organisation's audit chain: "event `seq` has hash `hash`", signed with an Ed25519
// key that lives outside the database. Whoever can rewrite the database but not read that key cannot rewrite
// or cut history before the newest checkpoint without verification noticing.

import { ed25519 } from "@noble/curves/ed25519.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { z } from "zod";
import { canonicalJson, sha256Hex } from "../canonical";

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** A checkpoint as written to every sink (one JSON object per line in the file sink). */
export const AuditCheckpointSchema = z
  .object({
    v: z.literal(1),
    organizationId: z.string().min(1).max(100),
    seq: z.number().int().min(1),
    hash: Hex64,
    at: z.iso.datetime({ offset: true }),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    signature: z.string().regex(/^[0-9a-f]{128}$/),
  })
  .strict();
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;
/** What asking for a checkpoint did: signed one, or why not (nothing new, already signed, a broken chain). */
export const CheckpointOutcomeSchema = z.discriminatedUnion("taken", [
  z.object({ taken: z.literal(true), checkpoint: AuditCheckpointSchema }),
  z.object({ taken: z.literal(false), reason: z.string(), checkpoint: AuditCheckpointSchema.optional() }),
]);
export type CheckpointOutcome = z.infer<typeof CheckpointOutcomeSchema>;

export type UnsignedCheckpoint = Omit<AuditCheckpoint, "v" | "keyId" | "signature">;

/** Domain separation: a checkpoint signature can never be replayed as a signature over anything else. */
const CONTEXT = "meridian/audit-checkpoint/v1\n";

function message(c: UnsignedCheckpoint & { keyId: string }): Uint8Array {
  return utf8ToBytes(CONTEXT + canonicalJson({ organizationId: c.organizationId, seq: c.seq, hash: c.hash, at: c.at, keyId: c.keyId }));
}

/** A short id for a public key: the first 16 hex digits of its SHA-256. */
export function keyIdOf(publicKey: Uint8Array): string {
  return sha256Hex(bytesToHex(publicKey)).slice(0, 16);
}

export interface SigningKey {
  keyId: string;
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

/** An Ed25519 signing key from its 32-byte seed. */
export function signingKeyFromSeed(seed: Uint8Array): SigningKey {
  if (seed.length !== 32) throw new Error(`an Ed25519 signing key is 32 bytes, got ${seed.length}`);
  const publicKey = ed25519.getPublicKey(seed);
  return { keyId: keyIdOf(publicKey), publicKey, secretKey: seed };
}

export function generateSigningKey(): SigningKey {
  return signingKeyFromSeed(ed25519.utils.randomSecretKey());
}

export function signCheckpoint(unsigned: UnsignedCheckpoint, key: SigningKey): AuditCheckpoint {
  const withKey = { ...unsigned, keyId: key.keyId };
  return { v: 1, ...withKey, signature: bytesToHex(ed25519.sign(message(withKey), key.secretKey)) };
}

/** Public keys the verifier trusts, by key id (the current key and every retired one still to be honoured). */
export type TrustedKeys = ReadonlyMap<string, Uint8Array>;

export function trustedKeys(publicKeys: readonly Uint8Array[]): TrustedKeys {
  return new Map(publicKeys.map((k) => [keyIdOf(k), k]));
}

/** Reads a public key written as 64 hex digits (what `meridian audit public-key` and the README show). */
export function parsePublicKey(text: string): Uint8Array {
  const hex = text.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error("a public key is 64 hex digits (32 bytes, Ed25519)");
  return hexToBytes(hex);
}

export type CheckpointTrust = "valid" | "bad-signature" | "unknown-key";

export function checkCheckpoint(checkpoint: AuditCheckpoint, keys: TrustedKeys): CheckpointTrust {
  const key = keys.get(checkpoint.keyId);
  if (!key) return "unknown-key";
  try {
    return ed25519.verify(hexToBytes(checkpoint.signature), message(checkpoint), key) ? "valid" : "bad-signature";
  } catch {
    return "bad-signature";
  }
}
