import { describe, expect, it } from "vitest";
import { clientAddress, parseRate, signInKey, TokenBucket } from "./rate-limit";

describe("the sign-in rate limiter", () => {
  it("allows a burst, then refuses until a token refills, and says when", () => {
    const bucket = new TokenBucket(3, 0.1);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i++) expect(bucket.take("k", t0).ok).toBe(true);
    expect(bucket.available("k", t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(bucket.take("k", t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(bucket.available("k", t0 + 10_000).ok).toBe(true);
    expect(bucket.available("other", t0).ok).toBe(true);
  });

  it("checking availability takes nothing", () => {
    const bucket = new TokenBucket(1, 0.01);
    for (let i = 0; i < 5; i++) expect(bucket.available("k").ok).toBe(true);
    expect(bucket.take("k").ok).toBe(true);
    expect(bucket.available("k").ok).toBe(false);
  });

  it("forgets the least recently used keys beyond its limit", () => {
    const bucket = new TokenBucket(1, 0.001, 2);
    bucket.take("a");
    bucket.take("b");
    bucket.take("c");
    expect(bucket.available("a").ok).toBe(true);
    expect(bucket.available("c").ok).toBe(false);
  });

  it("reads attempts/seconds from the environment, with 10/300 by default", () => {
    expect(parseRate(undefined)).toEqual({ capacity: 10, refillPerSecond: 10 / 300 });
    expect(parseRate("5/60")).toEqual({ capacity: 5, refillPerSecond: 5 / 60 });
    expect(parseRate("nonsense")).toEqual({ capacity: 10, refillPerSecond: 10 / 300 });
  });

  it("takes the address the proxy appended, never one the client wrote first", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.7, 203.0.113.9" });
    expect(clientAddress(headers)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers())).toBe("direct");
  });

  it("counts failed passwords per account, so a new address buys no new attempts", () => {
    expect(signInKey("Ada@Example.com")).toBe("account|ada@example.com");
    expect(signInKey("ada@example.com")).toBe(signInKey("ADA@EXAMPLE.COM"));
  });
});
