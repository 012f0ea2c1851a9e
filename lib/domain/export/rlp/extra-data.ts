// The genesis extraData field, which names the initial validators (signers) for each consensus engine.
// Formats, checked against Quorum Dev Quickstart's published genesis files:
// - QBFT (Besu and GoQuorum): RLP([vanity32, [validators], [] votes, round 0 as empty bytes, [] seals])
// - IBFT 2.0 (Besu):          RLP([vanity32, [validators], vote absent as empty bytes, round as 4 bytes, [] seals])
// - Istanbul / IBFT 1.0 (GoQuorum): vanity32 ++ RLP([[validators], seal (65 zero bytes), [] committed seals])
// - Clique:                   vanity32 ++ signer addresses ++ 65 zero bytes (the seal)
// - Raft:                     vanity32 only; raft members come from static-nodes, not the genesis.

import { RLP, type NestedUint8Array } from "@ethereumjs/rlp";
import { bytesToHex, concatBytes, hexToBytes } from "@noble/hashes/utils.js";
import type { Consensus } from "../../schema";
import { toChecksumAddress } from "../keys";

const VANITY_BYTES = 32;
const SEAL_BYTES = 65;
const ADDRESS_BYTES = 20;

function addressBytes(address: string): Uint8Array {
  const hex = address.toLowerCase().replace(/^0x/, "");
  if (!/^[0-9a-f]{40}$/.test(hex)) throw new Error(`not a 20-byte address: ${address}`);
  return hexToBytes(hex);
}

/** extraData as 0x-prefixed lowercase hex. */
export function encodeExtraData(consensus: Consensus, validators: readonly string[]): string {
  const vanity = new Uint8Array(VANITY_BYTES);
  const addresses = validators.map(addressBytes);
  let bytes: Uint8Array;
  switch (consensus) {
    case "qbft":
      bytes = RLP.encode([vanity, addresses, [], new Uint8Array(0), []]);
      break;
    case "ibft2":
      bytes = RLP.encode([vanity, addresses, new Uint8Array(0), new Uint8Array(4), []]);
      break;
    case "istanbul":
      bytes = concatBytes(vanity, RLP.encode([addresses, new Uint8Array(SEAL_BYTES), []]));
      break;
    case "clique":
      bytes = concatBytes(vanity, ...addresses, new Uint8Array(SEAL_BYTES));
      break;
    case "raft":
      bytes = vanity;
      break;
  }
  return `0x${bytesToHex(bytes)}`;
}

export interface DecodedExtraData {
  readonly vanity: string;
  /** EIP-55 checksummed, in order. */
  readonly validators: readonly string[];
}

/** The inverse of encodeExtraData; throws on anything that is not that consensus's format. */
export function decodeExtraData(consensus: Consensus, extraData: string): DecodedExtraData {
  const bytes = hexToBytes(extraData.replace(/^0x/i, ""));
  const vanityOf = (b: Uint8Array) => `0x${bytesToHex(b)}`;
  const checksum = (list: readonly Uint8Array[]) => list.map((a) => {
    if (a.length !== ADDRESS_BYTES) throw new Error(`validator entry of ${a.length} bytes, expected ${ADDRESS_BYTES}`);
    return toChecksumAddress(bytesToHex(a));
  });
  switch (consensus) {
    case "qbft":
    case "ibft2": {
      const fields = RLP.decode(bytes) as NestedUint8Array;
      if (!Array.isArray(fields) || fields.length !== 5) throw new Error(`${consensus} extraData must be an RLP list of 5 items`);
      const [vanity, validators] = fields;
      if (!(vanity instanceof Uint8Array) || vanity.length !== VANITY_BYTES || !Array.isArray(validators)) {
        throw new Error(`${consensus} extraData starts with a 32-byte vanity and a validator list`);
      }
      return { vanity: vanityOf(vanity), validators: checksum(validators as Uint8Array[]) };
    }
    case "istanbul": {
      const fields = RLP.decode(bytes.subarray(VANITY_BYTES)) as NestedUint8Array;
      if (!Array.isArray(fields) || fields.length !== 3 || !Array.isArray(fields[0])) {
        throw new Error("istanbul extraData must be 32 vanity bytes and an RLP list [validators, seal, committed seals]");
      }
      return { vanity: vanityOf(bytes.subarray(0, VANITY_BYTES)), validators: checksum(fields[0] as Uint8Array[]) };
    }
    case "clique": {
      const signers = bytes.subarray(VANITY_BYTES, bytes.length - SEAL_BYTES);
      if (bytes.length < VANITY_BYTES + SEAL_BYTES || signers.length % ADDRESS_BYTES !== 0) {
        throw new Error("clique extraData must be 32 vanity bytes, 20 bytes per signer and a 65-byte seal");
      }
      const list: Uint8Array[] = [];
      for (let i = 0; i < signers.length; i += ADDRESS_BYTES) list.push(signers.subarray(i, i + ADDRESS_BYTES));
      return { vanity: vanityOf(bytes.subarray(0, VANITY_BYTES)), validators: checksum(list) };
    }
    case "raft":
      if (bytes.length !== VANITY_BYTES) throw new Error("raft extraData is 32 vanity bytes");
      return { vanity: vanityOf(bytes), validators: [] };
  }
}
