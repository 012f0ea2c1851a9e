import { createServer } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, normalise, resolveClientAddress, trustedProxies, UNKNOWN_ADDRESS } from "./client-address";
import { PEER_HEADER, peerAddress, peerHeaderForTesting } from "./peer-address";

const fromPeer = (peer: string, forwardedFor?: string) =>
  new Headers([peerHeaderForTesting(peer), ...(forwardedFor ? [["x-forwarded-for", forwardedFor] as [string, string]] : [])]);

describe("the client address", () => {
  const saved = process.env.MERIDIAN_TRUSTED_PROXIES;
  afterEach(() => {
    if (saved === undefined) delete process.env.MERIDIAN_TRUSTED_PROXIES;
    else process.env.MERIDIAN_TRUSTED_PROXIES = saved;
  });

  it("is the socket's address by default: X-Forwarded-For from a client is ignored", () => {
    delete process.env.MERIDIAN_TRUSTED_PROXIES;
    expect(clientAddress(fromPeer("203.0.113.9", "198.51.100.1"))).toBe("203.0.113.9");
    expect(clientAddress(fromPeer("::ffff:203.0.113.9"))).toBe("203.0.113.9");
  });

  it("believes X-Forwarded-For only from a trusted proxy, read from the right", () => {
    process.env.MERIDIAN_TRUSTED_PROXIES = "10.0.0.0/8, 192.0.2.7";
    // The client wrote 198.51.100.1 itself; the proxy appended the address it saw.
    expect(clientAddress(fromPeer("10.1.2.3", "198.51.100.1, 203.0.113.9"))).toBe("203.0.113.9");
    // Two trusted proxies in a row are both skipped.
    expect(clientAddress(fromPeer("192.0.2.7", "198.51.100.1, 203.0.113.9, 10.9.9.9"))).toBe("203.0.113.9");
    // An untrusted peer's header is its own invention.
    expect(clientAddress(fromPeer("203.0.113.50", "10.1.1.1"))).toBe("203.0.113.50");
  });

  it("takes the leftmost entry when every hop is trusted, and stops at a hop that is no address", () => {
    const proxies = trustedProxies("10.0.0.0/8");
    expect(resolveClientAddress("10.0.0.1", "10.0.0.9, 10.0.0.8", proxies)).toBe("10.0.0.9");
    expect(resolveClientAddress("10.0.0.1", "not-an-ip", proxies)).toBe("10.0.0.1");
    expect(resolveClientAddress("10.0.0.1", "", proxies)).toBe("10.0.0.1");
  });

  it("understands IPv6 ranges, brackets, ports and zones", () => {
    const proxies = trustedProxies("2001:db8::/32, ::1");
    expect(resolveClientAddress("::1", "2001:DB9::1, 2001:db8:ffff::1", proxies)).toBe("2001:db9::1");
    expect(resolveClientAddress("::1", "[2001:db8::5]:443", proxies)).toBe("2001:db8::5");
    expect(resolveClientAddress("2001:db8::1", "203.0.113.4:5678", proxies)).toBe("203.0.113.4");
    expect(normalise("fe80::1%eth0")).toBe("fe80::1");
    expect(normalise("nonsense")).toBeNull();
  });

  it("refuses a malformed MERIDIAN_TRUSTED_PROXIES entry, naming it", () => {
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/8/1", "2001:db8::/129", "10.0.0.1/x"]) {
      expect(() => trustedProxies(`192.0.2.1, ${bad}`), bad).toThrow(`"${bad}" is not an IP address or CIDR range`);
    }
    expect(() => trustedProxies(" , ")).not.toThrow();
  });

  it("is unknown without a socket address this process vouches for", () => {
    delete process.env.MERIDIAN_TRUSTED_PROXIES;
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ [PEER_HEADER]: "0123456789abcdef0123456789abcdef 203.0.113.9" }))).toBe(UNKNOWN_ADDRESS);
  });
});

describe("the socket address stamp", () => {
  it("replaces whatever the client sent under its name with the socket's address", async () => {
    peerHeaderForTesting("127.0.0.1"); // installs the stamp
    const server = createServer((request, response) => {
      const headers = new Headers(Object.entries(request.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
      response.end(JSON.stringify({ peer: peerAddress(headers), client: clientAddress(headers) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [PEER_HEADER]: "forged 198.51.100.66", "x-forwarded-for": "198.51.100.66" },
      });
      expect(await answer.json()).toEqual({ peer: "127.0.0.1", client: "127.0.0.1" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
