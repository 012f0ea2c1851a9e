// Node keys against published secp256k1 and Ethereum vectors, and the checks on keys users supply.

import { x25519 } from "@noble/curves/ed25519.js";
import { describe, expect, it } from "vitest";
import { generateNodeKey, generateTesseraKeys, identityOf, inspectNodeKey, nodeKeyHex, parseAddress, parseNodeKey, toChecksumAddress } from "./keys";
import { seededRandom } from "./testing/reference-topologies";
import { ExportError } from "./types";

/** secp256k1's generator point G: the public key of private key 1 (SEC 2), and its well-known Ethereum address. */
const G = {
  privateKey: `0x${"0".repeat(63)}1`,
  publicKey:
    "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8",
  address: "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf",
};
/** The account of web3.js's documentation (web3.eth.accounts.privateKeyToAccount). */
const WEB3_DOCS = { privateKey: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", address: "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23" };
/** secp256k1's group order n: the first value that is not a private key. */
const ORDER = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

describe("node key identities", () => {
  it("private key 1 gives the generator point as public key and its known address", () => {
    expect(inspectNodeKey(G.privateKey)).toEqual({ address: G.address, publicKey: G.publicKey });
  });

  it("matches a published Ethereum account", () => {
    expect(inspectNodeKey(WEB3_DOCS.privateKey).address).toBe(WEB3_DOCS.address);
  });

  it("writes node keys as 64 lowercase hex digits without 0x, as geth and Besu read them", () => {
    const key = parseNodeKey(WEB3_DOCS.privateKey.toUpperCase().replace("0X", "0x"));
    expect(nodeKeyHex(key)).toBe(WEB3_DOCS.privateKey.slice(2));
  });

  it("generates valid keys, the same ones from the same seed", () => {
    const a = generateNodeKey(seededRandom("k"));
    expect(nodeKeyHex(a)).toBe(nodeKeyHex(generateNodeKey(seededRandom("k"))));
    expect(nodeKeyHex(a)).not.toBe(nodeKeyHex(generateNodeKey(seededRandom("j"))));
    expect(identityOf(a).publicKey).toMatch(/^[0-9a-f]{128}$/);
    expect(nodeKeyHex(generateNodeKey())).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("supplied keys", () => {
  it.each([
    ["too short", "0x1234", /64 hexadecimal digits/],
    ["not hex", `0x${"g".repeat(64)}`, /64 hexadecimal digits/],
    ["zero", `0x${"0".repeat(64)}`, /not a valid secp256k1 private key/],
    ["the group order", ORDER, /not a valid secp256k1 private key/],
  ])("refuses a key that is %s, without repeating it", (_label, key, message) => {
    let error: unknown;
    try {
      parseNodeKey(key, "the key supplied for validator-eastus-1");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^the key supplied for validator-eastus-1/);
    expect((error as Error).message).not.toContain(key.replace(/^0x/, ""));
  });

  it("accepts the largest valid key, n - 1", () => {
    expect(() => parseNodeKey(`${ORDER.slice(0, -1)}0`)).not.toThrow();
  });
});

describe("addresses", () => {
  it("checksums as EIP-55's own examples", () => {
    for (const a of ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"]) {
      expect(toChecksumAddress(a.toLowerCase())).toBe(a);
      expect(parseAddress(a.toUpperCase().replace("0X", "0x"))).toBe(a);
    }
  });

  it("refuses a mixed-case address with a wrong checksum, and what is not an address", () => {
    expect(() => parseAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).toThrow(/checksum/);
    expect(() => parseAddress("0x1234")).toThrow(/not an address/);
  });
});

describe("Tessera keys", () => {
  it("pairs tm.key's secret with tm.pub (Curve25519, base64)", () => {
    const keys = generateTesseraKeys(seededRandom("tessera"));
    const secret = Uint8Array.from(atob(JSON.parse(keys.privateKeyFile).data.bytes), (c) => c.charCodeAt(0));
    expect(secret).toHaveLength(32);
    expect(btoa(String.fromCharCode(...x25519.getPublicKey(secret)))).toBe(keys.publicKey);
    expect(JSON.parse(keys.privateKeyFile).type).toBe("unlocked");
  });
});
