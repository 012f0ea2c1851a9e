import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestLimitStore, LIMIT_STORE_KINDS, type TestLimitStores } from "../../testing/limit-stores";
import { blockAfter, limitKey, type LimitRule } from "./store";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fresh = () => limitKey("test", randomUUID());

describe("blockAfter", () => {
  it("blocks from the free-th attempt on, one step each, the last repeating", () => {
    const rule: LimitRule = { windowMs: 1000, free: 3, blocksMs: [10, 20, 40] };
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => blockAfter(n, rule))).toEqual([0, 0, 10, 20, 40, 40, 40]);
    expect(blockAfter(7, { ...rule, blocksMs: [] })).toBe(0);
  });

  it("hashes keys, so no address or email is stored as it is", () => {
    const key = limitKey("password", "ada@example.com", "203.0.113.9");
    expect(key).toMatch(/^password:[\w-]{32}$/);
    expect(key).not.toContain("ada");
    expect(limitKey("password", "a", "b\nc")).not.toBe(limitKey("password", "a\nb", "c"));
  });
});

// The same behaviour from every store: the embedded database, PostgreSQL and Redis.
describe.each(LIMIT_STORE_KINDS)("the %s limit store", (kind) => {
  let stores: TestLimitStores;
  beforeAll(async () => {
    stores = await createTestLimitStore(kind);
  });
  afterAll(async () => stores?.destroy());

  it("allows the free attempts, then refuses while blocked and says for how long", async () => {
    const key = fresh();
    const rule: LimitRule = { windowMs: 60_000, free: 3, blocksMs: [30_000] };
    for (const count of [1, 2, 3]) expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count });
    const refused = await stores.store.attempt(key, rule);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterMs).toBeGreaterThan(25_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(30_000);
    }
    // A refused attempt is not counted: the next allowed one is the fourth.
    await stores.store.clear(key);
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 1 });
  });

  it("lets one attempt through when a block ends, and blocks twice as long after it", async () => {
    const key = fresh();
    const rule: LimitRule = { windowMs: 60_000, free: 1, blocksMs: [150, 600] };
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 1 });
    expect((await stores.store.attempt(key, rule)).allowed).toBe(false);
    await sleep(250);
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 2 });
    const refused = await stores.store.attempt(key, rule);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBeGreaterThan(300);
  });

  it("starts counting afresh when the window has passed", async () => {
    const key = fresh();
    const rule: LimitRule = { windowMs: 200, free: 5, blocksMs: [60_000] };
    await stores.store.attempt(key, rule);
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 2 });
    await sleep(300);
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 1 });
  });

  it("keeps keys apart, and clearing one forgets its count and block", async () => {
    const [a, b] = [fresh(), fresh()];
    const rule: LimitRule = { windowMs: 60_000, free: 1, blocksMs: [60_000] };
    await stores.store.attempt(a, rule);
    expect((await stores.store.attempt(a, rule)).allowed).toBe(false);
    expect(await stores.store.attempt(b, rule)).toEqual({ allowed: true, count: 1 });
    await stores.store.clear(a);
    expect(await stores.store.attempt(a, rule)).toEqual({ allowed: true, count: 1 });
  });

  it("decides concurrent attempts one at a time: exactly the free ones get through", async () => {
    const key = fresh();
    const rule: LimitRule = { windowMs: 60_000, free: 4, blocksMs: [60_000] };
    const verdicts = await Promise.all(Array.from({ length: 16 }, () => stores.store.attempt(key, rule)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(4);
    expect(verdicts.flatMap((v) => (v.allowed ? [v.count] : [])).sort()).toEqual([1, 2, 3, 4]);
  });

  it.skipIf(kind === "pglite")("shares counts between instances: attempts through one connection count on another", async () => {
    const other = await stores.second!();
    const key = fresh();
    const rule: LimitRule = { windowMs: 60_000, free: 3, blocksMs: [60_000] };
    await stores.store.attempt(key, rule);
    await other.attempt(key, rule);
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 3 });
    expect((await other.attempt(key, rule)).allowed).toBe(false);
    await other.clear(key);
    expect(await stores.store.attempt(key, rule)).toEqual({ allowed: true, count: 1 });
  });
});
