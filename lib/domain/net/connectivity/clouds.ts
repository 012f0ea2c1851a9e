// Sovereign clouds: every commercial region of every provider is in "commercial"; a gov, dod or china
// region is in its provider's own cloud of that classification ("azure:gov"). Nothing crosses a
// sovereign-cloud boundary: no peering, no VPN.

import type { Classification, Provider } from "../../schema";

export type ClassifyRegion = (provider: Provider, providerRegion: string) => Classification | undefined;

/** "commercial" for every commercial region; "<provider>:<classification>" for a sovereign cloud. */
export function sovereignCloudOf(provider: Provider, classification: Classification | undefined): string {
  const c = classification ?? "commercial";
  return c === "commercial" ? "commercial" : `${provider}:${c}`;
}
