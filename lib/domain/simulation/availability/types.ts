// Shapes shared by the availability model's parts and its callers.

import type { Provider } from "../../schema";
import type { PublishedSla } from "./sla-data";

/** A physical cloud region (two document regions in one cloud region share fate), a whole cloud, or a VPN. */
export type FailureEventKind = "region" | "provider" | "link";

export interface AvailabilityBasis {
  /** Published SLA figures, a stated assumption, or a value the caller set. */
  kind: "published" | "assumption" | "override";
  /** Printable: what the figure is and where it comes from. */
  text: string;
  /** The published figures it rests on (two for a VPN: one per side), empty otherwise. */
  figures: PublishedSla[];
}

/** One independent failure the model enumerates or samples. */
export interface FailureEvent {
  kind: FailureEventKind;
  /** "azure:eastus" for a region, "aws" for a cloud, the VPN's first link id for a link. */
  id: string;
  label: string;
  /** Chance it is up at a random moment. */
  availabilityProbability: number;
  source: AvailabilityBasis;
}

/** What an event takes down when it fails: document regions (by index) and at most one VPN crossing. */
export interface EventEffect {
  regions: readonly number[];
  crossing?: string;
}

export interface AvailabilityOptions {
  /** Seed of the Monte Carlo stream (default 1). */
  seed?: number;
  /** Monte Carlo trials (default 1,000,000). */
  trials?: number;
  /** Enumerate every combination exactly up to this many events (default 20); sample above it. */
  maxExactEvents?: number;
  /** Whole-cloud availability per provider, a probability (default DEFAULT_CLOUD_AVAILABILITY). */
  cloudAvailability?: Partial<Record<Provider, number>>;
  /** Availability by region key ("azure:eastus"), a probability, replacing the published figure. */
  regionAvailability?: Readonly<Record<string, number>>;
  /** Availability by VPN (its first link id), a probability, replacing the two gateways' figures. */
  linkAvailability?: Readonly<Record<string, number>>;
  /** Model the VPNs between clouds as events (default true). */
  includeLinks?: boolean;
  /** Called now and then with work done out of the total (states for exact runs, trials for Monte Carlo). */
  onProgress?: (done: number, total: number) => void;
  /** Polled between chunks of work; returning true stops the run with AvailabilityCancelledError. */
  shouldStop?: () => boolean;
}

export interface ProbabilityInterval {
  low: number;
  high: number;
}

export interface MostLikelyOutage {
  /** Ids of the events down, in event order; everything else is up. */
  eventIds: string[];
  label: string;
  /** Chance of exactly this combination at a random moment (estimated from the trials for a sampled one). */
  stateProbability: number;
  /** Its part of the expected downtime, 0 to 1. */
  shareOfDowntime: number;
}

export interface AvailabilityResult {
  method: "exact" | "monte-carlo";
  /** Chance the chain can produce blocks at a random moment. */
  probability: number;
  /** (1 - probability) over a 365-day year of 525,600 minutes. */
  downtimeMinutesPerYear: number;
  /** Monte Carlo only: 95% interval of `probability`. */
  confidence95?: ProbabilityInterval;
  /** Monte Carlo only: the same interval in minutes a year. */
  downtimeMinutesPerYearConfidence95?: ProbabilityInterval;
  seed?: number;
  trials?: number;
  validators: number;
  quorum: number;
  events: FailureEvent[];
  /** Printable lines: the model, its figures' sources and what it leaves out. */
  assumptions: string[];
  mostLikelyOutage?: MostLikelyOutage;
  /** Failure combinations run through the connectivity model in full (the rest were decided by subtracting lost validators from the all-up groups, by monotonicity, or from the cache). */
  evaluatedStates: number;
}

/** A run stopped by `shouldStop`: it has no answer. */
export class AvailabilityCancelledError extends Error {
  override name = "AvailabilityCancelledError";
  constructor(
    readonly done: number,
    readonly total: number,
  ) {
    super(`Availability run cancelled after ${done} of ${total}.`);
  }
}
