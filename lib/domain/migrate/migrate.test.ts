import { describe, expect, it } from "vitest";
import { group, makeDocument, region } from "../consensus/test-documents";
import { buildGenesis } from "../export/genesis";
import { validate } from "../rules";
import { besuGenesisFromGoQuorum, migrationsFor, MigrationError, planMigration, renderRunbook } from ".";
import { GenesisConversionError } from "./convert-genesis";
import { replacementSchedule } from "./quorum-steps";

const az = region("eastus", "azure", "eastus");
const we = region("westeurope", "azure", "westeurope");
const design = (network: Record<string, unknown>, validators = 4, extra: Parameters<typeof group>[] = []) =>
  makeDocument({
    regions: [az, we],
    network: { existing: true, ...network },
    nodeGroups: [
      group("validators", az, "validator", validators),
      group("rpc", we, "rpc", 2),
      ...extra.map((args) => group(...args)),
    ],
  });

describe("which migrations apply", () => {
  it("follows the support data, moving private state first", () => {
    expect(migrationsFor(design({ client: "besu", consensus: "qbft" }))).toEqual([]);
    expect(migrationsFor(design({ client: "goquorum", consensus: "qbft" }))).toEqual(["goquorum-to-besu"]);
    expect(migrationsFor(design({ client: "besu", consensus: "clique" }))).toEqual(["clique-to-qbft"]);
    expect(migrationsFor(design({ client: "besu", consensus: "ibft2" }))).toEqual(["ibft2-to-qbft"]);
    const privateMembers: Parameters<typeof group> = ["bank", we, "member", 2, { memberType: "private" }];
    expect(migrationsFor(design({ client: "goquorum", consensus: "qbft" }, 4, [privateMembers]))).toEqual(["tessera-to-paladin", "goquorum-to-besu"]);
    expect(migrationsFor(design({ client: "besu", consensus: "qbft" }, 4, [privateMembers]))).toEqual(["tessera-to-paladin"]);
  });

  it("refuses a plan that does not apply, saying what does", () => {
    expect(() => planMigration(design({ client: "besu", consensus: "qbft" }))).toThrow(MigrationError);
    expect(() => planMigration(design({ client: "besu", consensus: "clique" }), "goquorum-to-besu")).toThrow(/what applies: clique-to-qbft/);
  });
});

describe("GoQuorum to Besu", () => {
  it("keeps the chain on QBFT: non-validators first, then each validator, never below quorum", () => {
    const doc = design({ client: "goquorum", consensus: "qbft" }, 4);
    const plan = planMigration(doc);
    expect(plan.continuity).toBe("same-chain");
    expect(plan.target.network).toMatchObject({ client: "besu", consensus: "qbft", chainId: doc.network.chainId, existing: true });
    const titles = plan.steps.map((s) => s.title);
    const firstValidator = titles.findIndex((t) => t.startsWith("Replace validator"));
    expect(titles.findIndex((t) => t.includes("non-validator"))).toBeLessThan(firstValidator);
    expect(titles.filter((t) => t.startsWith("Replace validator"))).toHaveLength(4);
    for (const step of plan.steps.filter((s) => s.quorum)) expect(step.quorum!.online).toBeGreaterThanOrEqual(step.quorum!.quorum);
    expect(titles.at(-1)).toMatch(/Upgrade every node to Besu 26\.9\.0/);
    // The target is a valid design with no support findings left.
    expect(validate(plan.target).findings.filter((f) => f.pack === "support")).toEqual([]);
  });

  it("votes in a temporary validator when one down would halt the chain", () => {
    expect(replacementSchedule("qbft", 4)).toEqual({ temporary: 0, during: { online: 3, validators: 4, quorum: 3 } });
    // QBFT's quorum is ceil(2n/3): three validators keep producing blocks with one down, two do not.
    expect(replacementSchedule("qbft", 3)).toEqual({ temporary: 0, during: { online: 2, validators: 3, quorum: 2 } });
    expect(replacementSchedule("qbft", 2)).toEqual({ temporary: 1, during: { online: 2, validators: 3, quorum: 2 } });
    expect(replacementSchedule("qbft", 1)).toEqual({ temporary: 2, during: { online: 2, validators: 3, quorum: 2 } });
    const plan = planMigration(design({ client: "goquorum", consensus: "qbft" }, 2));
    expect(plan.steps.map((s) => s.title)).toContain("Vote in 1 temporary validator");
    expect(plan.steps.map((s) => s.title)).toContain("Vote the temporary validators out");
  });

  it("switches Istanbul BFT to QBFT in GoQuorum first", () => {
    const plan = planMigration(design({ client: "goquorum", consensus: "istanbul" }));
    expect(plan.steps[1]!.title).toMatch(/Istanbul BFT to QBFT in GoQuorum/);
    expect(plan.caveats.join(" ")).toMatch(/#8262/);
  });

  it("moves Raft to a new QBFT network with a new chain id and enough validators", () => {
    const doc = design({ client: "goquorum", consensus: "raft", chainId: 10 }, 3);
    const plan = planMigration(doc);
    expect(plan.continuity).toBe("new-network");
    expect(plan.target.network).toMatchObject({ client: "besu", consensus: "qbft", chainId: 11 });
    expect(plan.target.network.existing).toBeUndefined();
    expect(plan.target.nodeGroups.find((g) => g.role === "validator")!.count).toBe(4);
    // Nothing unsupported is left and QBFT's minimum is met (the test design keeps its single validator region).
    const errors = validate(plan.target).findings.filter((f) => f.severity === "error").map((f) => f.code);
    expect(errors.filter((c) => c.startsWith("support.") || c.startsWith("core.") || c.startsWith("consensus.validators"))).toEqual([]);
  });
});

describe("other migrations", () => {
  it("Clique to a new QBFT network, keeping the old one on the last release that runs it", () => {
    const plan = planMigration(design({ client: "besu", consensus: "clique" }, 3));
    expect(plan.continuity).toBe("new-network");
    expect(plan.summary).toContain("25.12.0");
    expect(plan.target.network.consensus).toBe("qbft");
  });

  it("IBFT 2.0 to QBFT in place with the documented startBlock", () => {
    const plan = planMigration(design({ client: "besu", consensus: "ibft2", blockPeriodSeconds: 2 }));
    expect(plan.continuity).toBe("same-chain");
    expect(plan.steps.flatMap((s) => s.actions).join("\n")).toContain('"blockperiodseconds": 2, "epochlength": 30000, "requesttimeoutseconds": 10, "startBlock": N');
  });

  it("Tessera to Paladin: members become permissioned, one Paladin node per member organisation", () => {
    const doc = design({ client: "besu", consensus: "qbft" }, 4, [["bank", we, "member", 2, { memberType: "private", name: "bank-a" }]]);
    const plan = planMigration(doc);
    expect(plan.kind).toBe("tessera-to-paladin");
    expect(plan.target.nodeGroups.find((g) => g.id === "bank")).toMatchObject({ memberType: "permissioned" });
    expect(plan.steps.flatMap((s) => s.actions).join("\n")).toContain("(bank-a)");
    expect(validate(plan.target).findings.filter((f) => f.pack === "support")).toEqual([]);
  });

  it("renders a runbook with every step, its check and the quorum it leaves", () => {
    const plan = planMigration(design({ client: "goquorum", consensus: "qbft" }));
    const md = renderRunbook(plan);
    expect(md).toMatch(/^# GoQuorum QBFT to Besu QBFT, node by node\n/);
    expect(md.match(/^### \d+\. /gm)).toHaveLength(plan.steps.length);
    expect(md.match(/^Check before going on: /gm)).toHaveLength(plan.steps.length);
    expect(md).toContain("Validators online during this step: 3 of 4; blocks need 3, so 0 more may fail.");
    expect(md).toContain("## Sources");
  });
});

describe("GoQuorum genesis to Besu", () => {
  const goquorum = buildGenesis({ client: "goquorum", consensus: "qbft", chainId: 1337, validators: ["0x" + "11".repeat(20), "0x" + "22".repeat(20), "0x" + "33".repeat(20), "0x" + "44".repeat(20)], blockPeriodSeconds: 2 });

  it("keeps every header field and fork block, renames the QBFT keys and drops GoQuorum-only ones", () => {
    const { genesis, notes } = besuGenesisFromGoQuorum(goquorum);
    const config = genesis.config as Record<string, unknown>;
    for (const key of ["extraData", "alloc", "mixHash", "gasLimit", "difficulty", "timestamp", "nonce", "coinbase"]) expect(genesis[key], key).toEqual(goquorum[key]);
    expect(config).toMatchObject({ chainId: 1337, londonBlock: 0, qbft: { epochlength: 30000, blockperiodseconds: 2, requesttimeoutseconds: 10 }, contractSizeLimit: 65536 });
    expect(config.isQuorum).toBeUndefined();
    expect(config.transitions).toBeUndefined();
    expect(notes.join("\n")).toMatch(/dropped config\.isQuorum/);
    expect(notes.join("\n")).toMatch(/transactionSizeLimit/);
    expect(notes.at(-1)).toMatch(/compare block 0's hash/);
  });

  it("refuses what cannot carry on under Besu, saying why", () => {
    expect(() => besuGenesisFromGoQuorum({ config: { chainId: 1, raft: {} } })).toThrow(/new QBFT network/);
    expect(() => besuGenesisFromGoQuorum({ config: { chainId: 1, istanbul: { epoch: 30000 } } })).toThrow(/switch the chain to QBFT in GoQuorum first/);
    expect(() => besuGenesisFromGoQuorum([])).toThrow(GenesisConversionError);
    expect(() => besuGenesisFromGoQuorum({ config: {} })).toThrow(/chainId/);
  });
});
