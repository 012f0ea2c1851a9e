// A running GoQuorum chain's genesis.json in the form Besu reads, for moving the same chain to Besu: chain id,
// fork blocks, extraData, alloc and every header field stay as they are (the genesis hash must not change); the
// QBFT settings take Besu's keys; GoQuorum-only keys are dropped, each with a note.

export interface ConvertedGenesis {
  readonly genesis: Record<string, unknown>;
  /** What changed or needs checking, one line each. */
  readonly notes: string[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** GoQuorum QBFT keys (camelCase) and their Besu names. */
const QBFT_KEYS: Readonly<Record<string, string>> = {
  epochLength: "epochlength",
  blockPeriodSeconds: "blockperiodseconds",
  requestTimeoutSeconds: "requesttimeoutseconds",
  emptyBlockPeriodSeconds: "emptyblockperiodseconds",
};

export class GenesisConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GenesisConversionError";
  }
}

export function besuGenesisFromGoQuorum(input: unknown): ConvertedGenesis {
  if (!isObject(input) || !isObject(input.config)) throw new GenesisConversionError("not a genesis file: expected an object with a config object");
  const notes: string[] = [];
  const { config, ...header } = input as Json & { config: Json };
  if (typeof config.chainId !== "number") throw new GenesisConversionError("config.chainId is missing");
  const out: Json = {};
  let qbft: Json | undefined;
  for (const [key, value] of Object.entries(config)) {
    if (key === "qbft" && isObject(value)) qbft = value;
    else if (key === "istanbul" && isObject(value)) {
      if (value.testQBFTBlock !== undefined || value.qbftBlock !== undefined) qbft = { ...value };
      else throw new GenesisConversionError("config.istanbul without QBFT: switch the chain to QBFT in GoQuorum first (a transition to algorithm qbft at a block), then convert its genesis");
    } else if (key === "raft" || key === "clique") {
      throw new GenesisConversionError(`config.${key}: Besu runs no ${key === "raft" ? "Raft" : "Clique"}, so this chain cannot move to Besu as it is; plan a new QBFT network`);
    } else if (key === "isQuorum") notes.push("dropped config.isQuorum (GoQuorum only)");
    else if (key === "transitions" && Array.isArray(value)) convertTransitions(value, out, notes);
    else if (key === "maxCodeSizeConfig" && Array.isArray(value)) setContractSize(value as unknown[], "size", out, notes, "maxCodeSizeConfig");
    else if (key === "maxCodeSize" && typeof value === "number") {
      out.contractSizeLimit = value * 1024;
      notes.push(`config.maxCodeSize ${value} KiB became contractSizeLimit ${value * 1024} bytes`);
    } else if (key === "txnSizeLimit") notes.push(`dropped config.txnSizeLimit (${String(value)} KiB): Besu has no per-network transaction size limit in the genesis`);
    else if (key === "privacyEnhancementsBlock" || key === "privacyPrecompileBlock" || key === "enableGasPriceBlock" || key === "isMPS") notes.push(`dropped config.${key} (GoQuorum only)`);
    else out[key] = value;
  }
  if (!qbft) throw new GenesisConversionError("config has no qbft section: only GoQuorum QBFT chains carry on under Besu");
  const besuQbft: Json = {};
  for (const [key, value] of Object.entries(qbft)) {
    const name = QBFT_KEYS[key] ?? (Object.values(QBFT_KEYS).includes(key.toLowerCase()) ? key.toLowerCase() : undefined);
    if (name) besuQbft[name] = value;
    else if (key === "policy" || key === "ceil2Nby3Block" || key === "testQBFTBlock" || key === "qbftBlock") notes.push(`dropped qbft.${key} (GoQuorum only)`);
    else besuQbft[key] = value;
  }
  out.qbft = besuQbft;
  if (out.londonBlock !== undefined) notes.push("check: the chain runs London; if its blocks carry a base fee of 0 (gas-free), add \"zeroBaseFee\": true to the config before starting Besu");
  notes.push("check: start one Besu node on this genesis with no peers and compare block 0's hash with the GoQuorum nodes' before replacing any node");
  return { genesis: { config: out, ...header }, notes };
}

function convertTransitions(transitions: unknown[], out: Json, notes: string[]): void {
  const qbft: Json[] = [];
  for (const t of transitions) {
    if (!isObject(t)) continue;
    const block = t.block;
    for (const [key, value] of Object.entries(t)) {
      if (key === "block") continue;
      if (key === "contractSizeLimit" && typeof value === "number") setContractSize([{ block, size: value }], "size", out, notes, "transitions");
      else if (key === "blockPeriodSeconds" || key === "requestTimeoutSeconds" || key === "emptyBlockPeriodSeconds") qbft.push({ block, [QBFT_KEYS[key]!]: value });
      else if (key === "validators" && Array.isArray(value)) qbft.push({ block, validators: value });
      else notes.push(`dropped transitions[block ${String(block)}].${key} (no Besu equivalent)`);
    }
  }
  if (qbft.length > 0) out.transitions = { qbft };
}

function setContractSize(entries: unknown[], field: string, out: Json, notes: string[], from: string): void {
  const sizes = entries.filter(isObject);
  const last = sizes.at(-1);
  if (!last || typeof last[field] !== "number") return;
  if (sizes.some((s) => s.block !== 0 && s.block !== undefined)) notes.push(`${from}: the contract size limit changes over time; Besu takes one value (the latest, ${last[field]} KiB), which must not be below any earlier one`);
  out.contractSizeLimit = (last[field] as number) * 1024;
  notes.push(`${from} contract size ${last[field]} KiB became contractSizeLimit ${(last[field] as number) * 1024} bytes`);
}
