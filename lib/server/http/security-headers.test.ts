import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "./security-headers";

describe("security headers", () => {
  it("allow page scripts only by this request's nonce, never inline by default, and let WebAssembly compile", () => {
    const csp = pageContentSecurityPolicy("abc123");
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toContain("'nonce-abc123'");
    expect(script).toContain("'strict-dynamic'");
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("sends HSTS only when the public URL is https", () => {
    expect(strictTransportSecurity("https://meridian.example.com")).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
