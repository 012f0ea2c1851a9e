// The bundled reference data and models the rules consult, behind the `RuleServices` interface.

import { getRegion } from "../catalog";
import { findListedSize, priceTopology, resolveSize } from "../cost";
import { rtt } from "../latency";
import type { RuleServices } from "./types";

export const DEFAULT_SERVICES: RuleServices = {
  getRegion,
  rtt,
  priceTopology: (doc) => priceTopology(doc),
  resolveVmSize(provider, vmSize) {
    if (findListedSize(provider, vmSize)) return { listed: true };
    const resolved = resolveSize(provider, vmSize);
    // Only another provider's listed size maps to a real size here; name patterns are guesses.
    return resolved.resolution === "other-provider" ? { listed: false, suggestion: resolved.spec.name } : { listed: false };
  },
};
