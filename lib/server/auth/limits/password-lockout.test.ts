import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestLimitStore, LIMIT_STORE_KINDS, type TestLimitStores } from "../../testing/limit-stores";
import { floodVerdict } from "./flood-limit";
import { checkPasswordWithLockout, doublingUpTo, lockoutRule } from "./password-lockout";
import { blockAfter, type LimitRule } from "./store";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RIGHT = "correct horse battery staple";

describe("the lockout rule", () => {
  it("allows 5 failures, then blocks for 15 s doubling up to 15 minutes, by default", () => {
    expect(lockoutRule(undefined)).toEqual({
      windowMs: 24 * 60 * 60_000,
      free: 5,
      blocksMs: [15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000],
    });
  });

  it("reads failures/longest-block-seconds from MERIDIAN_SIGNIN_RATE_LIMIT; nonsense keeps the default", () => {
    expect(lockoutRule("3/60")).toMatchObject({ free: 3, blocksMs: [15_000, 30_000, 60_000] });
    expect(lockoutRule("10/5")).toMatchObject({ free: 10, blocksMs: [5_000] });
    expect(lockoutRule("nonsense")).toEqual(lockoutRule(undefined));
  });

  it("blocks after the 5th, 6th … failure for 15 s, 30 s … and at most 15 minutes", () => {
    const rule = lockoutRule(undefined);
    expect([4, 5, 6, 7, 11, 12, 40].map((n) => blockAfter(n, rule) / 1000)).toEqual([0, 15, 30, 60, 900, 900, 900]);
  });

  it("doubles up to the cap and ends on it", () => {
    expect(doublingUpTo(100, 1000)).toEqual([100, 200, 400, 800, 1000]);
    expect(doublingUpTo(1000, 1000)).toEqual([1000]);
  });
});

describe.each(LIMIT_STORE_KINDS)("the failed-password lockout on %s", (kind) => {
  let stores: TestLimitStores;
  beforeAll(async () => {
    stores = await createTestLimitStore(kind);
  });
  afterAll(async () => stores?.destroy());

  const rule: LimitRule = { windowMs: 60_000, free: 3, blocksMs: doublingUpTo(200, 800) };
  const signIn = (account: string, address: string, password: string, store = stores.store) =>
    checkPasswordWithLockout(store, rule, { account, address, matches: () => password === RIGHT });

  it("locks out the attacker's address, while the real user signs in from their own", async () => {
    const account = `${randomUUID()}@example.com`;
    for (let i = 0; i < 3; i++) expect(await signIn(account, "198.51.100.7", "guess")).toEqual({ ok: false, reason: "wrong_password" });
    expect(await signIn(account, "198.51.100.7", "guess")).toMatchObject({ ok: false, reason: "locked" });
    // Locked means not even compared: the right password from the attacker's address is refused too.
    const matches = vi.fn(() => true);
    expect(await checkPasswordWithLockout(stores.store, rule, { account, address: "198.51.100.7", matches })).toMatchObject({ reason: "locked" });
    expect(matches).not.toHaveBeenCalled();

    expect(await signIn(account, "203.0.113.5", RIGHT)).toEqual({ ok: true });
    expect(await signIn(account, "203.0.113.5", RIGHT)).toEqual({ ok: true });
  });

  it("backs off exponentially, capped, and a block always ends", async () => {
    const account = `${randomUUID()}@example.com`;
    for (let i = 0; i < 3; i++) await signIn(account, "198.51.100.8", "guess");
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const started = Date.now();
      expect(await signIn(account, "198.51.100.8", "guess")).toMatchObject({ reason: "locked" });
      // Wait until one attempt is let through again (and, being wrong, sets the next block).
      let verdict;
      do {
        await sleep(20);
        verdict = await signIn(account, "198.51.100.8", "guess");
      } while (!verdict.ok && verdict.reason === "locked");
      waits.push(Date.now() - started);
    }
    // Blocks of 200, 400 and 800 ms, then the cap (800 ms) again.
    expect(waits[0]).toBeGreaterThanOrEqual(150);
    expect(waits[1]).toBeGreaterThanOrEqual(350);
    expect(waits[2]).toBeGreaterThanOrEqual(750);
    expect(waits[3]).toBeGreaterThanOrEqual(750);
    expect(waits[3]).toBeLessThan(waits[2]! + 600);
  });

  it("clears an address's failures once the right password comes from it", async () => {
    const account = `${randomUUID()}@example.com`;
    for (let i = 0; i < 2; i++) await signIn(account, "203.0.113.6", "typo");
    expect(await signIn(account, "203.0.113.6", RIGHT)).toEqual({ ok: true });
    for (let i = 0; i < 2; i++) expect(await signIn(account, "203.0.113.6", "typo")).toMatchObject({ reason: "wrong_password" });
    expect(await signIn(account, "203.0.113.6", RIGHT)).toEqual({ ok: true });
  });

  it("counts an account whatever the case of its email", async () => {
    const account = `${randomUUID()}@example.com`;
    for (const spelling of [account, account.toUpperCase(), account]) await signIn(spelling, "198.51.100.9", "guess");
    expect(await signIn(account.toUpperCase(), "198.51.100.9", RIGHT)).toMatchObject({ reason: "locked" });
  });

  it.skipIf(kind === "pglite")("counts failures on one instance at another", async () => {
    const other = await stores.second!();
    const account = `${randomUUID()}@example.com`;
    await signIn(account, "198.51.100.10", "guess");
    await signIn(account, "198.51.100.10", "guess", other);
    await signIn(account, "198.51.100.10", "guess");
    expect(await signIn(account, "198.51.100.10", RIGHT, other)).toMatchObject({ reason: "locked" });
    expect(await signIn(account, "203.0.113.7", RIGHT, other)).toEqual({ ok: true });
  });

  it("floods: a burst per address past the limit is refused with a wait, other addresses go on", async () => {
    const flood: LimitRule = { windowMs: 60_000, free: 5, blocksMs: [60_000] };
    const address = `192.0.2.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < 5; i++) expect(await floodVerdict(stores.store, address, flood)).toEqual({ ok: true });
    expect(await floodVerdict(stores.store, address, flood)).toMatchObject({ ok: false, retryAfterSeconds: 60 });
    expect(await floodVerdict(stores.store, `${address}-other`, flood)).toEqual({ ok: true });
  });
});
