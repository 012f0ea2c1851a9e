// Questions the product asks of the support data about a design: which of its choices current releases no
// longer run, in words, and which releases its exports pin.

import type { Client, Consensus, NodeGroup, TopologyDocument } from "../schema";
import { compareVersions } from "./besu-removals";
import { RELEASES, type ReleaseName, type ReleasePin } from "./releases";
import { SUPPORT_ENTRIES, type Feature, type SupportEntry } from "./support-data";

function sameFeature(a: Feature, b: Feature): boolean {
  if (a.kind !== b.kind || a.client !== b.client) return false;
  if (a.kind === "consensus" && b.kind === "consensus") return a.consensus === b.consensus;
  return true;
}

/** Where a user gets the plan for leaving an unsupported choice. */
export const MIGRATION_HINT = "`meridian migrate` writes the plan and runbook";

/** The entry for a feature, or undefined for a pair no client runs (Raft on Besu: the core rules' finding). */
export function findSupport(feature: Feature): SupportEntry | undefined {
  return SUPPORT_ENTRIES.find((e) => sameFeature(e.feature, feature));
}

/** The entry for a feature; every client, consensus and privacy option a design can choose has one (tested). */
export function supportOf(feature: Feature): SupportEntry {
  const entry = findSupport(feature);
  if (!entry) throw new Error(`no support entry for ${JSON.stringify(feature)}`);
  return entry;
}

export const clientSupport = (client: Client) => supportOf({ kind: "client", client });
export const consensusSupport = (client: Client, consensus: Consensus) => supportOf({ kind: "consensus", client, consensus });

/** Member groups that run a private transaction manager (Tessera) beside the client. */
export function privateMemberGroups(doc: TopologyDocument): NodeGroup[] {
  return doc.nodeGroups.filter((g) => g.role === "member" && g.memberType === "private");
}

export interface UnsupportedChoice {
  readonly entry: SupportEntry;
  /** For privacy: the member groups that run Tessera. */
  readonly groups: readonly NodeGroup[];
}

/**
 * The design's choices that current releases no longer run (or that are deprecated), most fundamental first.
 * An unmaintained client covers its consensus and privacy: one finding, not three.
 */
export function unsupportedChoices(doc: TopologyDocument): UnsupportedChoice[] {
  const { client, consensus } = doc.network;
  const out: UnsupportedChoice[] = unsupportedChoicesOf(client, consensus).map((entry) => ({ entry, groups: [] }));
  if (clientSupport(client).status !== "supported") return out;
  const privateGroups = privateMemberGroups(doc);
  if (privateGroups.length > 0) {
    const privacy = supportOf({ kind: "privacy", client, manager: "tessera" });
    if (privacy.status !== "supported") out.push({ entry: privacy, groups: privateGroups });
  }
  return out;
}

/** Supported choices the data advises against for new networks (IBFT 2.0 on Besu). */
export function advisedAgainst(doc: TopologyDocument): SupportEntry[] {
  const { client, consensus } = doc.network;
  if (clientSupport(client).status !== "supported") return [];
  const entry = findSupport({ kind: "consensus", client, consensus });
  return entry?.status === "supported" && entry.advice ? [entry] : [];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "5 June 2026", or "April 2026" when only the month is known. */
export function formatSupportDate(date: string): string {
  const [year, month, day] = date.split("-");
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * The entry's status as a sentence: "Clique on Besu was removed in Besu 26.4.0 (April 2026)", "GoQuorum is no
 * longer maintained (archived on 5 June 2026; last release 24.4.1)".
 */
export function statusSentence(entry: SupportEntry): string {
  const last = entry.history.at(-1)!;
  if (entry.feature.client === "goquorum") {
    return `${entry.label} is no longer maintained (archived on ${formatSupportDate(last.date)}; last release ${last.version ?? "unknown"})`;
  }
  const when = `${last.version ? `in Besu ${last.version} ` : ""}(${formatSupportDate(last.date)})`;
  if (last.status === "removed") return `${entry.label} was removed ${when}`;
  if (last.status === "deprecated") return `${entry.label} is deprecated since ${when.replace(/^in /, "")}`;
  return `${entry.label} is supported`;
}

export interface ReleasePlan {
  /** The client's image. */
  readonly client: ReleasePin;
  /** Tessera's image, when private members run it. */
  readonly tessera?: ReleasePin;
  /** The unsupported choices that hold the pins back from the current release; empty on a supported stack. */
  readonly legacy: readonly SupportEntry[];
}

/**
 * The releases a design's exports pin: the current Besu on a supported stack, otherwise the newest release that
 * still runs everything the design keeps (the oldest of the entries' last releases).
 */
export function releasePlan(doc: TopologyDocument): ReleasePlan {
  const legacy = unsupportedChoices(doc).map((c) => c.entry).filter((e) => e.status === "removed");
  const tessera = privateMemberGroups(doc).length > 0 ? { tessera: RELEASES.tessera } : {};
  if (doc.network.client === "goquorum") return { client: RELEASES.goquorum, ...tessera, legacy };
  const held = legacy.flatMap((e) => (e.lastRelease ? [RELEASES[e.lastRelease as ReleaseName]] : []));
  const client = held.sort((a, b) => compareVersions(a.tag, b.tag))[0] ?? RELEASES.besu;
  return { client, ...(held.length > 0 ? tessera : {}), legacy };
}

/**
 * Why a design cannot be exported as it stands: it keeps something current releases no longer run and it is
 * not marked as an existing network. Undefined when it can.
 */
export function legacyExportRefusal(doc: TopologyDocument): string | undefined {
  if (doc.network.existing) return undefined;
  const removed = unsupportedChoices(doc).filter((c) => c.entry.status === "removed");
  if (removed.length === 0) return undefined;
  const what = removed.map((c) => statusSentence(c.entry)).join("; ");
  return `${what}. Switch to ${removed[0]!.entry.replacement?.label ?? "a supported stack"} for a new network, or mark the design as an existing network (network settings) to export it with the last release that runs it`;
}

/** What an unsupported choice maps to today, for a network on this consensus: said on import and in plans. */
export function mapsToToday(entry: SupportEntry, consensus: Consensus): string {
  const f = entry.feature;
  if (f.kind === "privacy") return "private members (Tessera) map to permissioned members, with private contracts moved to Paladin privacy groups beside the network";
  if (f.kind === "consensus" && f.client === "besu") return `${entry.label.replace(/ on Besu$/, "")} maps to QBFT on a new network (Besu has no in-place transition from it)`;
  if (f.client === "goquorum") {
    if (consensus === "qbft") return "GoQuorum QBFT maps to Besu QBFT on the same chain, replacing nodes one at a time";
    if (consensus === "istanbul") return "GoQuorum Istanbul BFT maps to Besu QBFT: switch to QBFT in GoQuorum first, then replace nodes one at a time";
    return `GoQuorum ${consensus === "raft" ? "Raft" : "Clique"} maps to a new Besu QBFT network (Besu runs no ${consensus === "raft" ? "Raft" : "Clique"})`;
  }
  return entry.replacement ? `maps to ${entry.replacement.label}` : "is supported";
}

/** A few words for a choice in a picker: "no longer maintained", "removed in Besu 26.4.0"; undefined when supported. */
export function choiceCaveat(entry: SupportEntry | undefined): string | undefined {
  if (!entry || entry.status === "supported") return entry?.advice ? "QBFT is recommended for new networks" : undefined;
  if (entry.feature.client === "goquorum") return "no longer maintained";
  const last = entry.history.at(-1)!;
  return `${last.status === "removed" ? "removed" : "deprecated"}${last.version ? ` in Besu ${last.version}` : ""}`;
}

/** The unsupported entries a client and consensus pick implies, before there is a document (the wizard's first step). */
export function unsupportedChoicesOf(client: Client, consensus: Consensus): SupportEntry[] {
  const clientEntry = clientSupport(client);
  if (clientEntry.status !== "supported") return [clientEntry];
  const entry = findSupport({ kind: "consensus", client, consensus });
  return entry && entry.status !== "supported" ? [entry] : [];
}
