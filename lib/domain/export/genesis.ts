// genesis.json for each client and consensus, in the shape Besu and GoQuorum read (keys as in Quorum Dev
// Quickstart's genesis files and the clients' config structs). Permissioned networks run gas-free: Besu
// with zeroBaseFee, GoQuorum with isQuorum.

import type { Client, Consensus, TopologyDocument } from "../schema";
import { CONSENSUS_BY_CLIENT } from "../schema";
import { encodeExtraData } from "./rlp/extra-data";
import { ExportError } from "./types";

export interface GenesisOptions {
  readonly client: Client;
  readonly consensus: Consensus;
  readonly chainId: number;
  /** Validator (signer) addresses; ignored for raft. */
  readonly validators: readonly string[];
  readonly blockPeriodSeconds?: number;
  readonly requestTimeoutSeconds?: number;
  readonly epochLength?: number;
  /** Pre-funded accounts: address -> balance in wei (decimal or 0x hex string). */
  readonly alloc?: Readonly<Record<string, string>>;
}

export const DEFAULT_EPOCH_LENGTH = 30_000;
/** QDQ's gas limit. */
export const DEFAULT_GAS_LIMIT = "0xf7b760";
/** GoQuorum raft networks get a far higher block gas limit (as Quorum Dev Quickstart's raft genesis). */
export const RAFT_GAS_LIMIT = "0xe0000000";
/** The mix hash BFT engines require ("Istanbul byzantine fault tolerance"). */
const BFT_MIX_HASH = "0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";
/** GoQuorum's raft genesis mix hash, as QDQ writes it. */
const RAFT_MIX_HASH = "0x00000000000000000000000000000000000000647572616c65787365646c6578";
const ZERO_HASH = `0x${"0".repeat(64)}`;
const ZERO_ADDRESS = `0x${"0".repeat(40)}`;

export type GenesisJson = Record<string, unknown>;

export function buildGenesis(options: GenesisOptions): GenesisJson {
  const { client, consensus, chainId } = options;
  if (!CONSENSUS_BY_CLIENT[client].includes(consensus)) {
    throw new ExportError(`${client} does not run ${consensus} (it runs ${CONSENSUS_BY_CLIENT[client].join(", ")})`);
  }
  if (!Number.isInteger(chainId) || chainId < 1 || chainId > 4_294_967_295) throw new ExportError("chain id must be a whole number from 1 to 4294967295");
  const period = options.blockPeriodSeconds ?? 5;
  const timeout = options.requestTimeoutSeconds ?? 10;
  const epoch = options.epochLength ?? DEFAULT_EPOCH_LENGTH;
  const validators = consensus === "raft" ? [] : options.validators;
  const config = client === "besu" ? besuConfig(consensus, chainId, period, timeout, epoch) : goQuorumConfig(consensus, chainId, period, timeout, epoch);
  const mixHash = consensus === "raft" ? RAFT_MIX_HASH : consensus === "clique" ? ZERO_HASH : BFT_MIX_HASH;
  return {
    config,
    nonce: "0x0",
    timestamp: "0x0",
    gasLimit: consensus === "raft" ? RAFT_GAS_LIMIT : DEFAULT_GAS_LIMIT,
    difficulty: consensus === "raft" ? "0x0" : "0x1",
    mixHash,
    coinbase: ZERO_ADDRESS,
    extraData: encodeExtraData(consensus, validators),
    alloc: Object.fromEntries(Object.entries(options.alloc ?? {}).map(([address, balance]) => [address, { balance }])),
    number: "0x0",
    gasUsed: "0x0",
    parentHash: ZERO_HASH,
  };
}

function besuConfig(consensus: Consensus, chainId: number, period: number, timeout: number, epoch: number): Record<string, unknown> {
  const engine =
    consensus === "clique"
      ? { clique: { blockperiodseconds: period, epochlength: epoch, createemptyblocks: true } }
      : { [consensus]: { blockperiodseconds: period, epochlength: epoch, requesttimeoutseconds: timeout } };
  return {
    chainId,
    homesteadBlock: 0,
    eip150Block: 0,
    eip155Block: 0,
    eip158Block: 0,
    byzantiumBlock: 0,
    constantinopleBlock: 0,
    petersburgBlock: 0,
    istanbulBlock: 0,
    berlinBlock: 0,
    londonBlock: 0,
    // Gas-free: the base fee stays zero, so transactions with gasPrice 0 are valid after London.
    zeroBaseFee: true,
    ...engine,
  };
}

function goQuorumConfig(consensus: Consensus, chainId: number, period: number, timeout: number, epoch: number): Record<string, unknown> {
  // QBFT in the form Quorum Dev Quickstart's current genesis files use: London from block 0, camelCase engine
  // keys, and size limits as a transition (the older top-level txnSizeLimit and maxCodeSizeConfig are deprecated).
  if (consensus === "qbft") {
    return {
      chainId,
      homesteadBlock: 0,
      eip150Block: 0,
      eip150Hash: ZERO_HASH,
      eip155Block: 0,
      eip158Block: 0,
      byzantiumBlock: 0,
      constantinopleBlock: 0,
      petersburgBlock: 0,
      istanbulBlock: 0,
      berlinBlock: 0,
      londonBlock: 0,
      qbft: { epochLength: epoch, blockPeriodSeconds: period, requestTimeoutSeconds: timeout },
      transitions: [{ block: 0, transactionSizeLimit: 64, contractSizeLimit: 64, privacyEnhancementsEnabled: false }],
      isQuorum: true,
    };
  }
  const engine: Record<string, unknown> =
    consensus === "istanbul"
        ? { istanbul: { epoch, policy: 0, ceil2Nby3Block: 0 } }
        : consensus === "clique"
          ? { clique: { period, epoch } }
          : {};
  return {
    chainId,
    homesteadBlock: 0,
    eip150Block: 0,
    eip155Block: 0,
    eip158Block: 0,
    byzantiumBlock: 0,
    constantinopleBlock: 0,
    petersburgBlock: 0,
    istanbulBlock: 0,
    ...engine,
    isQuorum: true,
    txnSizeLimit: 64,
    maxCodeSizeConfig: [{ block: 0, size: 64 }],
  };
}

/** The genesis of a design: its client, consensus, chain id, timing and pre-funded accounts, with these validators. */
export function designGenesis(doc: TopologyDocument, validators: readonly string[]): GenesisJson {
  const { network } = doc;
  return buildGenesis({
    client: network.client,
    consensus: network.consensus,
    chainId: network.chainId,
    validators,
    blockPeriodSeconds: network.blockPeriodSeconds,
    requestTimeoutSeconds: network.requestTimeoutSeconds,
    alloc: doc.genesis?.alloc ?? {},
  });
}

/** Stable, readable JSON: two-space indent and a trailing newline. */
export function genesisText(genesis: GenesisJson): string {
  return `${JSON.stringify(genesis, null, 2)}\n`;
}
