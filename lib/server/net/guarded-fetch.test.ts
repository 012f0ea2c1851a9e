import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedFetch, OutboundRefusedError } from "./guarded-fetch";
import type { OutboundPolicy } from "./outbound-policy";
import { hostAllowed } from "./outbound-policy";

// A real server on loopback stands in for an internal service (loopback is exactly what is refused by default).
describe("the guarded outbound client", () => {
  let server: http.Server;
  let base: string;
  const policy = (over: Partial<OutboundPolicy> = {}): OutboundPolicy => ({ allowAddresses: [], allowedHosts: null, timeoutMs: 2000, maxBytes: 1024, maxRedirects: 3, ...over });
  const loopbackAllowed = policy({ allowAddresses: ["127.0.0.1/32"] });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === "/ok") return res.end("hello");
      if (req.url === "/big") return res.end("x".repeat(5000));
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 3000);
      if (req.url === "/to-metadata") return res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      if (req.url === "/to-ok") return res.writeHead(301, { location: "/ok" }).end();
      if (req.url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("refuses loopback, private, link-local and metadata addresses by default, by address or by name", async () => {
    for (const url of [`${base}/ok`, `http://localhost:${new URL(base).port}/ok`, "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]:9/", "http://[::ffff:127.0.0.1]:9/", "http://0.0.0.0:9/"]) {
      await expect(guardedFetch(url, {}, policy()), url).rejects.toThrow(OutboundRefusedError);
    }
  });

  it("reaches an address the operator allows, and follows redirects within it", async () => {
    expect((await guardedFetch(`${base}/ok`, {}, loopbackAllowed)).body.toString()).toBe("hello");
    expect(await guardedFetch(`${base}/to-ok`, {}, loopbackAllowed)).toMatchObject({ status: 200, url: `${base}/ok` });
  });

  it("checks every redirect hop: a redirect to the metadata service is refused", async () => {
    await expect(guardedFetch(`${base}/to-metadata`, {}, loopbackAllowed)).rejects.toThrow(/may not reach/);
    await expect(guardedFetch(`${base}/loop`, {}, loopbackAllowed)).rejects.toThrow(/redirected more than 3 times/);
  });

  it("caps the body and the time", async () => {
    await expect(guardedFetch(`${base}/big`, {}, loopbackAllowed)).rejects.toThrow(/more than 1024 bytes/);
    await expect(guardedFetch(`${base}/slow`, {}, { ...loopbackAllowed, timeoutMs: 300 })).rejects.toThrow(/did not answer within 300 ms/);
  });

  it("takes only http(s) URLs without credentials, and only listed hosts when the operator lists them", async () => {
    for (const url of ["file:///etc/passwd", "gopher://x/", "not a url", "http://user:pw@example.com/"]) {
      await expect(guardedFetch(url, {}, policy()), url).rejects.toThrow(OutboundRefusedError);
    }
    await expect(guardedFetch(`${base}/ok`, {}, { ...loopbackAllowed, allowedHosts: ["prometheus.example.com"] })).rejects.toThrow(/not on this server's list/);
    expect(hostAllowed("a.metrics.example.com", ["*.example.com"])).toBe(true);
    expect(hostAllowed("example.com", ["*.example.com"])).toBe(false);
    expect(hostAllowed("evil-example.com", ["*.example.com"])).toBe(false);
  });
});
