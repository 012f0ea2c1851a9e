// Node keys: secp256k1 private keys, the account address and enode id derived from them, and Tessera's
// Curve25519 key pairs for private members. Private keys only ever leave this module inside key files.

import { x25519 } from "@noble/curves/ed25519.js";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import { ExportError } from "./types";

export type RandomSource = (length: number) => Uint8Array;

/** crypto.getRandomValues, in the browser and in Node 20 alike (it fills at most 65,536 bytes per call). */
export const cryptoRandom: RandomSource = (length) => {
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 65_536) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + 65_536)));
  }
  return out;
};

/**
 * A new private key. The 48 bytes of seed are reduced modulo the curve order (FIPS 186-5 B.4.1), so every
 * seed gives a valid key with negligible bias: no retry loop, and a seeded source stays deterministic.
 */
export function generateNodeKey(random: RandomSource = cryptoRandom): Uint8Array {
  return secp256k1.utils.randomSecretKey(random(secp256k1.lengths.seed ?? 48));
}

/** Reads a hex private key (64 digits, 0x optional). The message never repeats the key. */
export function parseNodeKey(hex: string, label = "node key"): Uint8Array {
  const digits = hex.trim().replace(/^0x/i, "");
  if (!/^[0-9a-fA-F]{64}$/.test(digits)) {
    throw new ExportError(`${label} must be 64 hexadecimal digits (32 bytes), optionally prefixed with 0x`);
  }
  const key = hexToBytes(digits.toLowerCase());
  if (!secp256k1.utils.isValidSecretKey(key)) throw new ExportError(`${label} is not a valid secp256k1 private key (zero or not below the curve order)`);
  return key;
}

export interface PublicIdentity {
  /** EIP-55 checksummed. */
  readonly address: string;
  /** 128 hex digits, no 0x prefix: the enode id. */
  readonly publicKey: string;
}

export function identityOf(privateKey: Uint8Array): PublicIdentity {
  const uncompressed = secp256k1.getPublicKey(privateKey, false);
  return identityOfPublicKey(uncompressed.subarray(1));
}

/** From the 64-byte public key (x || y): address = last 20 bytes of its keccak-256. */
export function identityOfPublicKey(xy: Uint8Array): PublicIdentity {
  const address = bytesToHex(keccak_256(xy).subarray(12));
  return { address: toChecksumAddress(address), publicKey: bytesToHex(xy) };
}

/** `meridian keys inspect`: the public half of a node key. */
export function inspectNodeKey(hex: string): PublicIdentity {
  return identityOf(parseNodeKey(hex));
}

/** EIP-55 mixed-case checksum encoding of a 20-byte address. */
export function toChecksumAddress(address: string): string {
  const lower = address.toLowerCase().replace(/^0x/, "");
  if (!/^[0-9a-f]{40}$/.test(lower)) throw new ExportError(`not an address: ${address}`);
  const hash = bytesToHex(keccak_256(utf8ToBytes(lower)));
  let out = "0x";
  for (let i = 0; i < 40; i += 1) out += parseInt(hash[i]!, 16) >= 8 ? lower[i]!.toUpperCase() : lower[i]!;
  return out;
}

/** Validator lists on the command line: 0x-prefixed 20-byte addresses, any case (checksums are checked when mixed). */
export function parseAddress(text: string): string {
  const trimmed = text.trim();
  if (!/^0x[0-9a-fA-F]{40}$/.test(trimmed)) throw new ExportError(`'${trimmed}' is not an address (0x and 40 hexadecimal digits)`);
  const mixed = trimmed.slice(2) !== trimmed.slice(2).toLowerCase() && trimmed.slice(2) !== trimmed.slice(2).toUpperCase();
  if (mixed && toChecksumAddress(trimmed) !== trimmed) throw new ExportError(`'${trimmed}' has a wrong EIP-55 checksum`);
  return toChecksumAddress(trimmed);
}

export function nodeKeyHex(privateKey: Uint8Array): string {
  return bytesToHex(privateKey);
}

/** Tessera's key pair: a NaCl box (Curve25519) key, in Tessera's own unlocked private key format. */
export interface TesseraKeys {
  /** Contents of tm.key. */
  readonly privateKeyFile: string;
  /** Contents of tm.pub: the base64 public key that names the member in private transactions. */
  readonly publicKey: string;
}

export function generateTesseraKeys(random: RandomSource = cryptoRandom): TesseraKeys {
  const secret = random(32);
  const publicKey = x25519.getPublicKey(secret);
  return {
    privateKeyFile: `${JSON.stringify({ type: "unlocked", data: { bytes: base64(secret) } }, null, 2)}\n`,
    publicKey: base64(publicKey),
  };
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
