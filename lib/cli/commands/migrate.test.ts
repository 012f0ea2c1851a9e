import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { group, makeDocument, region } from "../../domain/consensus/test-documents";
import { buildGenesis } from "../../domain/export/genesis";
import { parseDocument } from "../../domain/schema";
import { starterDocument } from "../../domain/starter";
import { Workspace } from "../testing/run-bin";

const az = region("eastus", "azure", "eastus");
const goquorum = makeDocument({
  regions: [az],
  network: { client: "goquorum", consensus: "qbft", existing: true },
  nodeGroups: [group("validators", az, "validator", 4), group("rpc", az, "rpc", 1)],
});

describe.concurrent("meridian migrate", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());
  ws.write("goquorum.json", goquorum);
  ws.write("starter.json", starterDocument("Starter"));
  ws.write("genesis.json", buildGenesis({ client: "goquorum", consensus: "qbft", chainId: 1337, validators: ["0x" + "ab".repeat(20)] }));
  ws.write("raft.yaml", "regions:\n  eastus:\n    nodeDistribution:\n      validators: { count: 3 }\nglobalSettings:\n  consensus: raft\n");

  it("prints the runbook of the migration that applies", async () => {
    const r = await ws.run(["migrate", "goquorum.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# GoQuorum QBFT to Besu QBFT, node by node/);
    expect(r.stdout).toContain("Replace validator 4 of 4");
  });

  it("lists what applies, and reads QDQ inputs (marked existing, with what they map to today)", async () => {
    const r = await ws.run(["migrate", "raft.yaml", "--list"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("goquorum-to-besu\n");
    expect(r.stderr).toMatch(/warning: support: GoQuorum is no longer maintained/);
    expect((await ws.run(["migrate", "raft.yaml"])).stdout).toMatch(/^# GoQuorum Raft to a new Besu QBFT network/);
  });

  it("writes the runbook, the target design and the converted genesis with --out", async () => {
    const r = await ws.run(["migrate", "goquorum.json", "--out", "plan", "--genesis", "genesis.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/RUNBOOK\.md, target\.json, besu-genesis\.json/);
    expect(r.stdout).toMatch(/compare block 0's hash/);
    const target = JSON.parse(readFileSync(join(ws.dir, "plan", "target.json"), "utf8"));
    expect(parseDocument(target).success).toBe(true);
    expect(target.network).toMatchObject({ client: "besu", consensus: "qbft" });
    const genesis = JSON.parse(readFileSync(join(ws.dir, "plan", "besu-genesis.json"), "utf8"));
    expect(genesis.config.qbft).toMatchObject({ blockperiodseconds: 5 });
    // Never into a folder that already holds files, unless forced.
    expect((await ws.run(["migrate", "goquorum.json", "--out", "plan"])).code).toBe(2);
  });

  it("says clearly when there is nothing to migrate or the input is wrong", async () => {
    const none = await ws.run(["migrate", "starter.json"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/current releases support: there is nothing to migrate/);
    expect((await ws.run(["migrate", "goquorum.json", "--to", "clique-to-qbft"])).stderr).toMatch(/what applies: goquorum-to-besu/);
    expect((await ws.run(["migrate", "goquorum.json", "--to", "nope"])).stderr).toMatch(/--to must be one of/);
    expect((await ws.run(["migrate", "goquorum.json", "--genesis", "genesis.json"])).stderr).toMatch(/add --out/);
  });
});
