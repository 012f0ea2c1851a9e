// Genesis files against DOMAIN.md's test vector (QDQ's Besu QBFT genesis for four validators), and every
// client and consensus pair read back: extraData decodes to the validators it was built from, in order.

import { RLP } from "@ethereumjs/rlp";
import { hexToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { CONSENSUS_BY_CLIENT, type Client, type Consensus } from "../schema";
import { buildExport } from "./index";
import { buildGenesis } from "./genesis";
import { decodeExtraData, encodeExtraData } from "./rlp/extra-data";
import { threeRegionTwoCloudTopology, seededRandom } from "./testing/reference-topologies";
import { text } from "./testing/bundles";

/** DOMAIN.md: QDQ's four validators and their QBFT extraData. */
const QDQ_VALIDATORS = [
  "0x93917cadbace5dfce132b991732c6cda9bcc5b8a",
  "0x27a97c9aaf04f18f3014c32e036dd0ac76da5f18",
  "0xce412f988377e31f4d0ff12d74df73b51c42d0ca",
  "0x98c1334496614aed49d2e81526d089f7264fed9c",
];
const QDQ_QBFT_EXTRA_DATA =
  "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549493917cadbace5dfce132b991732c6cda9bcc5b8a9427a97c9aaf04f18f3014c32e036dd0ac76da5f1894ce412f988377e31f4d0ff12d74df73b51c42d0ca9498c1334496614aed49d2e81526d089f7264fed9cc080c0";

const PAIRS = (Object.entries(CONSENSUS_BY_CLIENT) as [Client, readonly Consensus[]][]).flatMap(([client, list]) => list.map((c) => [client, c] as const));

describe("genesis extraData", () => {
  it("reproduces QDQ's Besu QBFT genesis for its four validators exactly", () => {
    const genesis = buildGenesis({ client: "besu", consensus: "qbft", chainId: 1337, validators: QDQ_VALIDATORS });
    expect(genesis.extraData).toBe(QDQ_QBFT_EXTRA_DATA);
    // RLP([32 zero bytes, [the four addresses], [] votes, empty round, [] seals]).
    const [vanity, validators, votes, round, seals] = RLP.decode(hexToBytes(QDQ_QBFT_EXTRA_DATA.slice(2))) as any[];
    expect(vanity).toEqual(new Uint8Array(32));
    expect(validators).toHaveLength(4);
    expect([votes, round, seals]).toEqual([[], new Uint8Array(0), []]);
  });

  it.each(PAIRS)("%s %s: decodes back to the validators, in order", (client, consensus) => {
    const genesis = buildGenesis({ client, consensus, chainId: 2024, validators: QDQ_VALIDATORS });
    const decoded = decodeExtraData(consensus, genesis.extraData as string);
    expect(decoded.vanity).toBe(`0x${"00".repeat(32)}`);
    expect(decoded.validators.map((a) => a.toLowerCase())).toEqual(consensus === "raft" ? [] : QDQ_VALIDATORS);
  });

  it("matches each engine's published layout", () => {
    // Besu IBFT 2.0: RLP([vanity, validators, vote absent (0x80), round 0 as 4 bytes, seals]), as in Besu's docs.
    expect(encodeExtraData("ibft2", ["0xc2ab482b506de561668e07f04547232a72897daf"])).toBe(
      "0xf83ea00000000000000000000000000000000000000000000000000000000000000000d594c2ab482b506de561668e07f04547232a72897daf808400000000c0",
    );
    // Clique: vanity, then the signers back to back, then a 65-byte zero seal.
    expect(encodeExtraData("clique", QDQ_VALIDATORS.slice(0, 1))).toBe(`0x${"00".repeat(32)}${QDQ_VALIDATORS[0]!.slice(2)}${"00".repeat(65)}`);
    // GoQuorum istanbul: vanity ++ RLP([validators, 65-byte seal, []]).
    const istanbul = encodeExtraData("istanbul", QDQ_VALIDATORS);
    const [validators, seal, committed] = RLP.decode(hexToBytes(istanbul.slice(2 + 64))) as any[];
    expect(validators).toHaveLength(4);
    expect([seal, committed]).toEqual([new Uint8Array(65), []]);
    expect(encodeExtraData("raft", QDQ_VALIDATORS)).toBe(`0x${"00".repeat(32)}`);
  });

  it("refuses what is not that engine's format", () => {
    expect(() => decodeExtraData("qbft", `0x${"00".repeat(32)}`)).toThrow();
    expect(() => decodeExtraData("clique", "0x00")).toThrow(/clique extraData/);
    expect(() => decodeExtraData("raft", QDQ_QBFT_EXTRA_DATA)).toThrow(/raft/);
  });
});

describe("genesis configuration", () => {
  it("names the engine where each client reads it, gas-free", () => {
    const besu = (c: Consensus) => buildGenesis({ client: "besu", consensus: c, chainId: 5, validators: [] }).config as Record<string, any>;
    const quorum = (c: Consensus) => buildGenesis({ client: "goquorum", consensus: c, chainId: 5, validators: [] }).config as Record<string, any>;
    expect(besu("qbft").qbft).toMatchObject({ blockperiodseconds: 5, epochlength: 30_000, requesttimeoutseconds: 10 });
    expect(besu("ibft2").ibft2).toBeDefined();
    expect(besu("clique").clique).toMatchObject({ blockperiodseconds: 5 });
    expect(besu("qbft").zeroBaseFee).toBe(true);
    // GoQuorum QBFT as Quorum Dev Quickstart's current files have it: London at 0, size limits as a transition.
    expect(quorum("qbft")).toMatchObject({
      qbft: { epochLength: 30_000, blockPeriodSeconds: 5, requestTimeoutSeconds: 10 },
      berlinBlock: 0,
      londonBlock: 0,
      transitions: [{ block: 0, transactionSizeLimit: 64, contractSizeLimit: 64, privacyEnhancementsEnabled: false }],
    });
    expect(quorum("qbft").txnSizeLimit).toBeUndefined();
    expect(quorum("istanbul").istanbul).toMatchObject({ epoch: 30_000, policy: 0 });
    expect(quorum("raft")).not.toHaveProperty("raft");
    for (const c of CONSENSUS_BY_CLIENT.goquorum) expect(quorum(c).isQuorum).toBe(true);
  });

  it("refuses a consensus the client does not run and a chain id out of range", () => {
    expect(() => buildGenesis({ client: "besu", consensus: "raft", chainId: 1, validators: [] })).toThrow(/besu does not run raft/);
    expect(() => buildGenesis({ client: "goquorum", consensus: "ibft2", chainId: 1, validators: [] })).toThrow(/goquorum does not run ibft2/);
    expect(() => buildGenesis({ client: "besu", consensus: "qbft", chainId: 0, validators: [] })).toThrow(/chain id/);
  });
});

describe.each(PAIRS)("the exported genesis of a %s %s network", (client, consensus) => {
  const base = threeRegionTwoCloudTopology();
  // Marked existing: the legacy pairs (GoQuorum, Clique) export only for networks that already run.
  const doc = { ...base, network: { ...base.network, client, consensus, existing: true } };
  const result = buildExport(doc, { targets: ["genesis"], random: seededRandom(`${client}-${consensus}`) });
  const genesis = JSON.parse(text(result.files.find((f) => f.path === "genesis/genesis.json")!));

  it("lists exactly the validators' node addresses in extraData, in document order", () => {
    const validators = result.nodes.filter((n) => n.role === "validator").map((n) => n.address);
    expect(validators).toHaveLength(5);
    expect(decodeExtraData(consensus, genesis.extraData).validators).toEqual(consensus === "raft" ? [] : validators);
    expect(genesis.config.chainId).toBe(2024);
  });
});

describe("pre-funded accounts from the design", () => {
  it("lists the design's alloc in every genesis the bundle holds", async () => {
    const { starterDocument } = await import("../starter");
    const { buildExport } = await import("./index");
    const doc = { ...starterDocument("Funded"), genesis: { alloc: { "0xfe3b557e8fb62b89f4916b721be55ceb828dbd73": "0x130EE8E7179044400000", "0x627306090abaB3A6e1400e9345bC60c78a8BEf57": "90000000000000000000000" } } };
    const result = buildExport(doc, { targets: ["genesis", "compose", "helm"] });
    const geneses = result.files.filter((f) => f.path.endsWith("genesis.json")).map((f) => JSON.parse(f.contents as string));
    expect(geneses.length).toBeGreaterThanOrEqual(2);
    for (const g of geneses) {
      expect(g.alloc).toEqual({
        "0xfe3b557e8fb62b89f4916b721be55ceb828dbd73": { balance: "0x130EE8E7179044400000" },
        "0x627306090abaB3A6e1400e9345bC60c78a8BEf57": { balance: "90000000000000000000000" },
      });
    }
  });
  it("refuses an address or balance that is not one, naming it", async () => {
    const { TopologyDocumentSchema } = await import("../schema");
    const { starterDocument } = await import("../starter");
    const bad = TopologyDocumentSchema.safeParse({ ...starterDocument("x"), genesis: { alloc: { "0x12": "10", "0xfe3b557e8fb62b89f4916b721be55ceb828dbd73": "-5" } } });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["genesis.alloc.0x12", "genesis.alloc.0xfe3b557e8fb62b89f4916b721be55ceb828dbd73"]));
  });
});
