// Whether a proposal meets the tolerance asked for, judged by the failure-domain analysis (the same one the
// rules use), and when not, exactly what is missing.

import { getRegion } from "../catalog";
import { CONSENSUS_LABELS, crashTolerance, faultTolerance, isBft, type FailureDomainAnalysis } from "../consensus";
import { PROVIDER_LABELS, PROVIDERS, type Consensus, type Region } from "../schema";
import type { Tolerance } from "./answers";
import { info, warning, type WizardNote } from "./notes";
import { domainLimit, minimumDomains } from "./spread-validators";

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five"];
const ORDINALS = ["", "a first", "a second", "a third", "a fourth", "a fifth"];
const listNames = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** "a third region" when one is missing, else "two more regions". */
function addMore(missing: number, have: number, noun: string): string {
  if (missing === 1 && ORDINALS[have + 1]) return `${ORDINALS[have + 1]} ${noun}`;
  return `${COUNT_WORDS[missing] ?? missing} more ${noun}s`;
}

export function survives(fd: FailureDomainAnalysis, tolerance: Tolerance): boolean {
  if (!fd.baseline.survives) return false;
  const kinds = tolerance === "provider" ? ["region", "provider"] : tolerance === "region" ? ["region"] : [];
  return fd.domains.every((d) => !kinds.includes(d.kind) || d.survives);
}

function haltingLabels(fd: FailureDomainAnalysis, kind: "region" | "provider"): string[] {
  return fd.domains.filter((d) => d.kind === kind && !d.survives).map((d) => d.label);
}

/** Why a region outage can't be survived and what to add. */
function regionGap(consensus: Consensus, fd: FailureDomainAnalysis, regionCount: number): string {
  const needed = minimumDomains(consensus);
  const halting = listNames(haltingLabels(fd, "region"));
  if (regionCount >= needed) return `Losing ${halting} still halts the chain: ${fd.summary}`;
  return `Surviving the loss of any one region needs validators in at least ${needed} regions, so that none holds more than n minus the quorum of them; you chose ${regionCount}. Add ${addMore(needed - regionCount, regionCount, "region")}.`;
}

function providerGap(consensus: Consensus, fd: FailureDomainAnalysis, regions: readonly Region[]): string {
  const needed = minimumDomains(consensus);
  const have = [...new Set(regions.map((r) => r.provider))];
  const sovereign = regions.map((r) => getRegion(r.provider, r.region)?.classification).find((c) => c && c !== "commercial");
  if (sovereign) {
    return `Regions in the ${PROVIDER_LABELS[have[0]!]} ${sovereign} cloud can't connect to any other cloud, so this network can't survive losing ${PROVIDER_LABELS[have[0]!]}.`;
  }
  if (have.length >= needed) return `Losing ${listNames(haltingLabels(fd, "provider"))} still halts the chain: ${fd.summary}`;
  const others = PROVIDERS.filter((p) => !have.includes(p)).map((p) => PROVIDER_LABELS[p]);
  return `Surviving the loss of a whole cloud needs validators on at least ${needed} providers; you chose ${listNames(have.map((p) => PROVIDER_LABELS[p]))}. Add ${addMore(needed - have.length, have.length, "provider")} (${listNames(others.slice(0, needed - have.length))}).`;
}

export function toleranceNotes(consensus: Consensus, fd: FailureDomainAnalysis, regions: readonly Region[], tolerance: Tolerance): WizardNote[] {
  const n = fd.validators;
  const limit = domainLimit(consensus, n);
  if (tolerance === "none") {
    const multi = regions.length > 1;
    if (!multi) return [info("tolerance.none", `No outage tolerance asked for: the whole network runs in one region, so losing it halts the chain.`)];
    return survives(fd, "region")
      ? [info("tolerance.none", `No outage tolerance asked for, but the spread happens to survive losing any one region.`)]
      : [warning("tolerance.none", `No outage tolerance asked for: losing ${listNames(haltingLabels(fd, "region"))} halts the chain, which validation reports as an error in a multi-region design. Choose "region" to spread the validators so any one region can go.`)];
  }
  if (survives(fd, tolerance)) {
    const what = tolerance === "provider" ? "any one region or any one cloud" : "any one region";
    return [info("tolerance.met", `Survives losing ${what}: no ${tolerance === "provider" ? "region or cloud" : "region"} holds more than ${limit} of the ${n} validators (quorum ${fd.quorum}).`)];
  }
  const notes = [warning("tolerance.unmet", tolerance === "provider" ? providerGap(consensus, fd, regions) : regionGap(consensus, fd, regions.length))];
  if (tolerance === "provider") {
    notes.push(survives(fd, "region")
      ? info("tolerance.unmet", "It does survive losing any one region.")
      : warning("tolerance.unmet", `It doesn't survive losing a region either. ${regionGap(consensus, fd, regions.length)}`));
  }
  return notes;
}

/** The quorum rule in the user's numbers, since Raft and Clique count differently from BFT. */
export function quorumNote(consensus: Consensus, n: number, q: number): WizardNote {
  const label = CONSENSUS_LABELS[consensus];
  if (isBft(consensus)) {
    // Two separate limits, not a sum: up to n - q may be offline and blocks still come; up to f may
    // misbehave and no conflicting block is finalised.
    const offline = crashTolerance(consensus, n);
    const f = faultTolerance(consensus, n);
    const liveness = offline > 0 ? `it keeps going with up to ${offline} offline` : "it halts if any one goes offline";
    const safety = f > 0 ? `stays safe with up to ${f} misbehaving (Byzantine)` : "can't stay safe with even one misbehaving (Byzantine)";
    return info("consensus.quorum", `${label} needs ${q} of ${n} validator${n === 1 ? "" : "s"} online: ${liveness}, and ${safety}.`);
  }
  if (consensus === "raft") {
    return info("consensus.quorum", `Raft commits with a majority, floor(n/2)+1 = ${q} of ${n} peers; it tolerates ${crashTolerance(consensus, n)} crashed or cut-off peer${crashTolerance(consensus, n) === 1 ? "" : "s"} but no Byzantine (malicious) ones.`);
  }
  return info("consensus.quorum", `Clique lets a signer sign one block in every floor(N/2)+1, so ${q} of ${n} signers must be online; it tolerates ${crashTolerance(consensus, n)} offline.`);
}
