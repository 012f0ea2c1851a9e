import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { generateSigningKey, parsePublicKey, signingKeyFromSeed, trustedKeys, type SigningKey, type TrustedKeys } from "@/lib/domain/audit";

/**
 * Where audit checkpoints are signed and written, read once from the environment:
 * - MERIDIAN_AUDIT_SIGNING_KEY (64 hex digits, an Ed25519 seed) or MERIDIAN_AUDIT_SIGNING_KEY_FILE; without
 *   either, a key is made on first use under the data folder (outside the database either way).
 * - MERIDIAN_AUDIT_TRUSTED_KEYS: public keys (64 hex, comma-separated) of retired signing keys, still honoured.
 * - MERIDIAN_AUDIT_CHECKPOINT_FILE (default <data>/audit-checkpoints.jsonl), an append-only file sink, and
 *   MERIDIAN_AUDIT_CHECKPOINT_URL, an HTTP sink that receives each checkpoint as a JSON POST.
 * - MERIDIAN_AUDIT_CHECKPOINT_EVERY (events, default 100) and MERIDIAN_AUDIT_CHECKPOINT_SECONDS (default 300).
 */
export interface CheckpointConfig {
  key: SigningKey;
  trusted: TrustedKeys;
  file: string;
  url: string | null;
  everyEvents: number;
  everySeconds: number;
}

const dataDir = () => path.resolve(/*turbopackIgnore: true*/ process.env.MERIDIAN_DATA_DIR ?? ".data");

function readSeed(text: string, where: string): Uint8Array {
  const hex = text.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${where} must hold an Ed25519 signing key as 64 hex digits`);
  return hexToBytes(hex);
}

function loadSigningKey(): SigningKey {
  if (process.env.MERIDIAN_AUDIT_SIGNING_KEY) return signingKeyFromSeed(readSeed(process.env.MERIDIAN_AUDIT_SIGNING_KEY, "MERIDIAN_AUDIT_SIGNING_KEY"));
  const file = process.env.MERIDIAN_AUDIT_SIGNING_KEY_FILE ?? path.join(dataDir(), "audit-signing-key");
  if (!existsSync(/*turbopackIgnore: true*/ file)) {
    if (process.env.MERIDIAN_AUDIT_SIGNING_KEY_FILE) throw new Error(`MERIDIAN_AUDIT_SIGNING_KEY_FILE names ${file}, which does not exist`);
    mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    writeFileSync(/*turbopackIgnore: true*/ file, bytesToHex(generateSigningKey().secretKey), { mode: 0o600, flag: "wx" });
  }
  return signingKeyFromSeed(readSeed(readFileSync(/*turbopackIgnore: true*/ file, "utf8"), file));
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

let cached: CheckpointConfig | undefined;

export function checkpointConfig(): CheckpointConfig {
  if (cached) return cached;
  const key = loadSigningKey();
  const retired = (process.env.MERIDIAN_AUDIT_TRUSTED_KEYS ?? "").split(",").map((k) => k.trim()).filter(Boolean).map(parsePublicKey);
  cached = {
    key,
    trusted: trustedKeys([key.publicKey, ...retired]),
    file: path.resolve(/*turbopackIgnore: true*/ process.env.MERIDIAN_AUDIT_CHECKPOINT_FILE ?? path.join(dataDir(), "audit-checkpoints.jsonl")),
    url: process.env.MERIDIAN_AUDIT_CHECKPOINT_URL || null,
    everyEvents: positive("MERIDIAN_AUDIT_CHECKPOINT_EVERY", 100),
    everySeconds: positive("MERIDIAN_AUDIT_CHECKPOINT_SECONDS", 300),
  };
  return cached;
}

/** Tests change the environment between cases. */
export function resetCheckpointConfigForTesting(): void {
  cached = undefined;
}
