import { describe, expect, it } from "vitest";
import { PUBLIC_CHAINS, publicChainName, publicChainWarning } from "./public-chains";

describe("public chain ids", () => {
  it("names the well-known public chains", () => {
    expect(publicChainName(1)).toBe("Ethereum mainnet");
    expect(publicChainName(11155111)).toBe("Sepolia");
    expect(publicChainName(1337)).toBeUndefined();
    expect(PUBLIC_CHAINS.size).toBe(10);
  });

  it("warns about a public chain's id as typed, and says nothing otherwise", () => {
    expect(publicChainWarning("1")).toBe(
      "Chain id 1 is Ethereum mainnet's. Transactions signed for one chain could be replayed on the other (EIP-155): pick an id no public network uses.",
    );
    expect(publicChainWarning(" 0042161 ")).toMatch(/^Chain id 42161 is Arbitrum One's\./);
    for (const text of ["1337", "", "x", "1.0", "-1", "12"]) expect(publicChainWarning(text)).toBeUndefined();
  });
});
