// The command line's drill syntax: KIND:TARGET@WHEN[+DURATION]
//   region:azure:eastus@60s        a cloud region fails 60 s in
//   provider:aws@30s               a whole cloud
//   link:<id>@10s                  one declared link
//   validators:2@5s                two validators (those due to propose first)
//   validators:2:<regionId>@5s     two validators of one document region
//   region:azure:eastus@60s+120s   ... and it comes back 120 s later
// Durations take ms, s, m or h.

import { isProvider, PROVIDERS } from "../../region-key";
import type { DrillFailure } from "./types";

export class DrillSyntaxError extends Error {
  override name = "DrillSyntaxError";
}

const EXAMPLES = "region:azure:eastus@60s, provider:aws@30s, link:<id>@10s, validators:2@5s or validators:2:<regionId>@5s, with +120s for a recovery";
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** "90s", "1.5m", "250ms" -> milliseconds. */
export function parseDurationMs(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
  if (!match) throw new DrillSyntaxError(`"${text}" is not a duration: write a number and a unit (ms, s, m or h), such as 60s or 2m`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

export interface ParsedDrill {
  readonly failure: DrillFailure;
  readonly atMs: number;
  readonly recoverAtMs?: number;
}

export function parseDrill(text: string): ParsedDrill {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf("@");
  if (at < 0) throw new DrillSyntaxError(`"${text}" has no moment: add @ and a time, such as ${EXAMPLES}`);
  const what = trimmed.slice(0, at);
  const [when, duration, ...extra] = trimmed.slice(at + 1).split("+");
  if (extra.length > 0) throw new DrillSyntaxError(`"${text}" has more than one recovery duration (+...)`);
  const atMs = parseDurationMs(when ?? "");
  const recoverAtMs = duration === undefined ? undefined : atMs + parseDurationMs(duration);
  if (recoverAtMs !== undefined && recoverAtMs <= atMs) throw new DrillSyntaxError(`"${text}": the recovery duration must be longer than 0`);
  return { failure: parseFailure(what, text), atMs, ...(recoverAtMs !== undefined ? { recoverAtMs } : {}) };
}

function parseFailure(what: string, text: string): DrillFailure {
  const colon = what.indexOf(":");
  const kind = colon < 0 ? what : what.slice(0, colon);
  const target = colon < 0 ? "" : what.slice(colon + 1);
  switch (kind) {
    case "region": {
      const [provider, id, ...rest] = target.split(":");
      if (!provider || !isProvider(provider) || !id || rest.length > 0) {
        throw new DrillSyntaxError(`"${text}": a region is written provider:region, such as region:azure:eastus or region:aws:us-east-1`);
      }
      return { kind: "region", regionKey: `${provider}:${id}` };
    }
    case "provider":
      if (!isProvider(target)) throw new DrillSyntaxError(`"${text}": the provider must be one of ${PROVIDERS.join(", ")}`);
      return { kind: "provider", provider: target };
    case "link":
      if (target.length === 0) throw new DrillSyntaxError(`"${text}": name the link, such as link:vpn-eu-us@10s`);
      return { kind: "link", linkId: target };
    case "validators": {
      const [count, regionId, ...rest] = target.split(":");
      if (!count || !/^[1-9]\d*$/.test(count) || rest.length > 0 || regionId === "") {
        throw new DrillSyntaxError(`"${text}": write validators:COUNT or validators:COUNT:REGION-ID, such as validators:2@5s`);
      }
      return { kind: "validators", count: Number(count), ...(regionId !== undefined ? { regionId } : {}) };
    }
    default:
      throw new DrillSyntaxError(`"${text}": unknown failure "${kind}"; write one of ${EXAMPLES}`);
  }
}
