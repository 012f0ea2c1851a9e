// The wizard's state and its reducer: every answer, every typed node count and where the user is. One place,
// pure, so going back and forth loses nothing and the transitions can be read in one file.

import type { Client, CompliancePack, Consensus, NodeRole, Provider } from "@/lib/domain/schema";
import { CONSENSUS_BY_CLIENT } from "@/lib/domain/schema";
import type { Tolerance } from "@/lib/domain/wizard";
import { regionKeyOf } from "@/lib/domain/region-key";

export const STEPS = [
  { id: "network", title: "Client and consensus", label: "Network" },
  { id: "regions", title: "Providers and regions", label: "Regions" },
  { id: "resilience", title: "Failure tolerance and compliance", label: "Resilience" },
  { id: "roles", title: "Node roles", label: "Node roles" },
  { id: "review", title: "Review and create", label: "Review" },
] as const;
export type StepId = (typeof STEPS)[number]["id"];
export const REVIEW_STEP = STEPS.length - 1;

export interface PickedRegion {
  provider: Provider;
  region: string;
}

/** The answers as typed: numbers stay text until they are checked, so nothing the user typed is lost. */
export interface WizardDraft {
  name: string;
  client: Client;
  consensus: Consensus;
  chainId: string;
  providers: Provider[];
  /** In order; the first is the primary. */
  regions: PickedRegion[];
  tolerance: Tolerance;
  packs: CompliancePack[];
  /** US dollars per month; empty for no budget. */
  budget: string;
  /** The design describes a network that already runs (the only reason to keep a legacy client or consensus). */
  existing: boolean;
}

/** Node counts the user typed, by region key ("aws:eu-central-1") and role; a missing entry means the proposal's. */
export type CountEdits = Record<string, Partial<Record<NodeRole, string>>>;

export type WizardOrigin = { kind: "questions" } | { kind: "qdq"; warnings: string[] };

export interface WizardState {
  step: number;
  /** The furthest step reached; the stepper lets the user jump back to any step up to it. */
  reached: number;
  draft: WizardDraft;
  counts: CountEdits;
  /** Per step: the user tried to leave it, so its messages show. */
  tried: boolean[];
  origin: WizardOrigin;
}

export type WizardAction =
  | { type: "set"; patch: Partial<Pick<WizardDraft, "name" | "chainId" | "tolerance" | "budget">> }
  | { type: "setClient"; client: Client }
  | { type: "setConsensus"; consensus: Consensus }
  | { type: "setExisting"; existing: boolean }
  | { type: "toggleProvider"; provider: Provider }
  /** Undoes unticking a cloud: ticks it again and puts its regions back where they were. */
  | { type: "restoreProvider"; removal: ProviderRemoval }
  | { type: "toggleRegion"; region: PickedRegion }
  | { type: "makePrimary"; region: PickedRegion }
  | { type: "togglePack"; pack: CompliancePack }
  | { type: "setCount"; regionKey: string; role: NodeRole; value: string }
  | { type: "resetCounts" }
  | { type: "goTo"; step: number }
  | { type: "showIssues"; step: number }
  | { type: "imported"; draft: WizardDraft; counts: CountEdits; warnings: string[] }
  /** A saved state read back after a reload. */
  | { type: "restore"; state: WizardState }
  /** Start over: every answer back to its default. */
  | { type: "reset" };

/** What unticking a cloud takes away, with each region's position, so it can be put back. */
export interface ProviderRemoval {
  provider: Provider;
  providerIndex: number;
  regions: { region: PickedRegion; index: number }[];
}

export const EMPTY_DRAFT: WizardDraft = {
  name: "",
  client: "besu",
  consensus: "qbft",
  chainId: "1337",
  providers: [],
  regions: [],
  tolerance: "region",
  packs: [],
  budget: "",
  existing: false,
};

export const INITIAL_STATE: WizardState = {
  step: 0,
  reached: 0,
  draft: EMPTY_DRAFT,
  counts: {},
  tried: STEPS.map(() => false),
  origin: { kind: "questions" },
};

/** What unticking `provider` would drop from the draft; undefined when the cloud isn't ticked. */
export function providerRemoval(draft: WizardDraft, provider: Provider): ProviderRemoval | undefined {
  const providerIndex = draft.providers.indexOf(provider);
  if (providerIndex === -1) return undefined;
  const regions = draft.regions.flatMap((region, index) => (region.provider === provider ? [{ region, index }] : []));
  return { provider, providerIndex, regions };
}

/** "Removed 2 AWS regions" */
export function removalMessage(removal: ProviderRemoval, label: string): string {
  const n = removal.regions.length;
  return `Removed ${n} ${label} region${n === 1 ? "" : "s"}`;
}

const insertAt = <T,>(list: readonly T[], index: number, item: T) => [...list.slice(0, index), item, ...list.slice(index)];

function restoreProvider(draft: WizardDraft, removal: ProviderRemoval): WizardDraft {
  const providers = draft.providers.includes(removal.provider)
    ? draft.providers
    : insertAt(draft.providers, Math.min(removal.providerIndex, draft.providers.length), removal.provider);
  let regions = draft.regions;
  // Ascending original positions, so each lands where it was (the primary stays first); any picked again meanwhile stay put.
  for (const { region, index } of [...removal.regions].sort((a, b) => a.index - b.index)) {
    if (regions.some((r) => regionKeyOf(r) === regionKeyOf(region))) continue;
    regions = insertAt(regions, Math.min(index, regions.length), region);
  }
  return { ...draft, providers, regions };
}

const toggle = <T,>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function draftReducer(draft: WizardDraft, action: WizardAction): WizardDraft {
  switch (action.type) {
    case "set":
      return { ...draft, ...action.patch };
    case "setClient": {
      // Keep the algorithm when the new client runs it too (QBFT and Clique run on both).
      const supported = CONSENSUS_BY_CLIENT[action.client];
      return { ...draft, client: action.client, consensus: supported.includes(draft.consensus) ? draft.consensus : supported[0]! };
    }
    case "setConsensus":
      return { ...draft, consensus: action.consensus };
    case "setExisting":
      return { ...draft, existing: action.existing };
    case "toggleProvider": {
      const dropping = draft.providers.includes(action.provider);
      return {
        ...draft,
        providers: toggle(draft.providers, action.provider),
        regions: dropping ? draft.regions.filter((r) => r.provider !== action.provider) : draft.regions,
      };
    }
    case "toggleRegion": {
      const key = regionKeyOf(action.region);
      const picked = draft.regions.some((r) => regionKeyOf(r) === key);
      return {
        ...draft,
        providers: draft.providers.includes(action.region.provider) ? draft.providers : [...draft.providers, action.region.provider],
        regions: picked ? draft.regions.filter((r) => regionKeyOf(r) !== key) : [...draft.regions, action.region],
      };
    }
    case "restoreProvider":
      return restoreProvider(draft, action.removal);
    case "makePrimary": {
      const key = regionKeyOf(action.region);
      const chosen = draft.regions.find((r) => regionKeyOf(r) === key);
      return chosen ? { ...draft, regions: [chosen, ...draft.regions.filter((r) => r !== chosen)] } : draft;
    }
    case "togglePack":
      return { ...draft, packs: toggle(draft.packs, action.pack) };
    default:
      return draft;
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "setCount": {
      const forRegion = { ...state.counts[action.regionKey], [action.role]: action.value };
      return { ...state, counts: { ...state.counts, [action.regionKey]: forRegion } };
    }
    case "resetCounts":
      return { ...state, counts: {} };
    case "goTo": {
      const step = Math.max(0, Math.min(REVIEW_STEP, action.step));
      return { ...state, step, reached: Math.max(state.reached, step) };
    }
    case "showIssues":
      return { ...state, tried: state.tried.map((t, i) => t || i === action.step) };
    case "imported":
      return {
        ...state,
        draft: action.draft,
        counts: action.counts,
        origin: { kind: "qdq", warnings: action.warnings },
        step: REVIEW_STEP,
        reached: REVIEW_STEP,
        tried: STEPS.map(() => false),
      };
    case "restore":
      return { ...action.state, tried: STEPS.map(() => false) };
    case "reset":
      return INITIAL_STATE;
    default: {
      const draft = draftReducer(state.draft, action);
      return draft === state.draft ? state : { ...state, draft };
    }
  }
}
