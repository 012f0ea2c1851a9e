// Chain ids that well-known public networks use. A private network sharing one invites replay: a transaction
// signed for one chain is valid on the other (EIP-155 binds signatures to the chain id, nothing more).
// Advisory only: the wizard warns, nothing refuses (templates and golden exports use chain id 10 on purpose).

export const PUBLIC_CHAINS: ReadonlyMap<number, string> = new Map([
  [1, "Ethereum mainnet"],
  [10, "OP Mainnet"],
  [56, "BNB Smart Chain"],
  [100, "Gnosis"],
  [137, "Polygon PoS"],
  [8453, "Base"],
  [17000, "Holesky"],
  [42161, "Arbitrum One"],
  [43114, "Avalanche C-Chain"],
  [11155111, "Sepolia"],
]);

/** The public network that uses this chain id, if a well-known one does. */
export function publicChainName(chainId: number): string | undefined {
  return PUBLIC_CHAINS.get(chainId);
}

/** A warning for a typed chain id that a public network uses; undefined for anything else, even text that isn't a number. */
export function publicChainWarning(chainIdText: string): string | undefined {
  const text = chainIdText.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const id = Number(text);
  const name = publicChainName(id);
  if (!name) return undefined;
  return `Chain id ${id} is ${name}'s. Transactions signed for one chain could be replayed on the other (EIP-155): pick an id no public network uses.`;
}
