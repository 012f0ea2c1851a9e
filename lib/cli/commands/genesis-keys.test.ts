import { afterAll, describe, expect, it } from "vitest";
import { decodeExtraData } from "../../domain/export";
import { Workspace } from "../testing/run-bin";

/** DOMAIN.md's QDQ validators and the QBFT extraData of its Besu genesis. */
const QDQ_VALIDATORS = "0x93917cadbace5dfce132b991732c6cda9bcc5b8a,0x27a97c9aaf04f18f3014c32e036dd0ac76da5f18,0xce412f988377e31f4d0ff12d74df73b51c42d0ca,0x98c1334496614aed49d2e81526d089f7264fed9c";
const QDQ_QBFT_EXTRA_DATA =
  "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549493917cadbace5dfce132b991732c6cda9bcc5b8a9427a97c9aaf04f18f3014c32e036dd0ac76da5f1894ce412f988377e31f4d0ff12d74df73b51c42d0ca9498c1334496614aed49d2e81526d089f7264fed9cc080c0";
const G_PUBLIC_KEY =
  "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";

describe.concurrent("meridian genesis", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());

  it("prints QDQ's Besu QBFT genesis for its four validators", async () => {
    const r = await ws.json(["genesis", "--client", "besu", "--consensus", "qbft", "--validators", QDQ_VALIDATORS]);
    expect(r.code).toBe(0);
    expect(r.body.extraData).toBe(QDQ_QBFT_EXTRA_DATA);
    expect(r.body.config).toMatchObject({ chainId: 1337, qbft: { blockperiodseconds: 5 } });
  });

  it("writes GoQuorum istanbul (also called ibft) with a chain id, and raft without validators", async () => {
    const [ibft, raft] = await Promise.all([
      ws.json(["genesis", "--client", "goquorum", "--consensus", "ibft", "--validators", QDQ_VALIDATORS, "--chain-id", "10"]),
      ws.json(["genesis", "--client", "goquorum", "--consensus", "raft", "--chain-id", "10"]),
    ]);
    expect(ibft.body.config).toMatchObject({ chainId: 10, isQuorum: true, istanbul: { epoch: 30000 } });
    expect(decodeExtraData("istanbul", ibft.body.extraData).validators.join(",").toLowerCase()).toBe(QDQ_VALIDATORS);
    expect(raft.body.extraData).toBe(`0x${"00".repeat(32)}`);
    // Written, but never silently: GoQuorum is no longer maintained.
    expect(raft.stderr).toMatch(/^warning: GoQuorum is no longer maintained \(archived on 5 June 2026; last release 24\.4\.1\); for a network that already runs only/);
  });

  it("exit 2 for a consensus the client does not run, a bad address or missing options", async () => {
    const [wrong, badAddress, badChecksum, noValidators, badChain, noClient] = await Promise.all([
      ws.run(["genesis", "--client", "besu", "--consensus", "raft"]),
      ws.run(["genesis", "--client", "besu", "--consensus", "qbft", "--validators", "0x1234"]),
      ws.run(["genesis", "--client", "besu", "--consensus", "clique", "--validators", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"]),
      ws.run(["genesis", "--client", "besu", "--consensus", "qbft"]),
      ws.run(["genesis", "--client", "besu", "--consensus", "qbft", "--validators", QDQ_VALIDATORS, "--chain-id", "0"]),
      ws.run(["genesis", "--consensus", "qbft", "--validators", QDQ_VALIDATORS]),
    ]);
    expect(wrong.stderr).toMatch(/besu does not run 'raft' \(it runs qbft, ibft2, clique\)/);
    expect(badAddress.stderr).toMatch(/'0x1234' is not an address/);
    expect(badChecksum.stderr).toMatch(/wrong EIP-55 checksum/);
    expect(noValidators.stderr).toMatch(/missing --validators/);
    expect(badChain.stderr).toMatch(/--chain-id must be a whole number from 1 to 4294967295/);
    expect(noClient.stderr).toMatch(/missing --client \(besu or goquorum\)/);
    for (const r of [wrong, badAddress, badChecksum, noValidators, badChain, noClient]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
    }
  });
});

describe.concurrent("meridian keys inspect", () => {
  const ws = new Workspace();
  afterAll(() => ws.dispose());

  it("prints the address and public key of private key 1: the generator point", async () => {
    const r = await ws.json(["keys", "inspect", "--nodekey", `0x${"0".repeat(63)}1`]);
    expect(r.code).toBe(0);
    expect(r.body).toEqual({ address: "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf", publicKey: G_PUBLIC_KEY });
  });

  it("reads the key from a file, as an export writes it", async () => {
    ws.write("nodekey", `${"0".repeat(63)}1`);
    const r = await ws.json(["keys", "inspect", "--nodekey-file", "nodekey"]);
    expect(r.body.publicKey).toBe(G_PUBLIC_KEY);
  });

  it("exit 2 for a bad key (never echoed) or bad usage", async () => {
    const key = "e".repeat(63);
    const [bad, none, action] = await Promise.all([
      ws.run(["keys", "inspect", "--nodekey", key]),
      ws.run(["keys", "inspect"]),
      ws.run(["keys", "generate"]),
    ]);
    expect(bad.stderr).toMatch(/^meridian keys: node key must be 64 hexadecimal digits/);
    expect(bad.stderr).not.toContain(key);
    expect(none.stderr).toMatch(/give one of --nodekey <hex> or --nodekey-file <file>/);
    expect(action.stderr).toMatch(/unknown action 'generate' \(actions: inspect\)/);
    for (const r of [bad, none, action]) expect(r.code).toBe(2);
  });
});
