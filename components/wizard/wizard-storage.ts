// The wizard's answers and step, kept in sessionStorage so a reload or a trip back to /topologies/new
// restores them. What is read back may be stale (an older shape) or corrupt: anything that doesn't check
// out is ignored and the wizard starts from its defaults. The storage is passed in, so this runs in tests.

import { z } from "zod";
import { TOLERANCES } from "@/lib/domain/rules/policy-schema";
import { CLIENTS, COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, CONSENSUS_BY_CLIENT, NODE_ROLES, PROVIDERS } from "@/lib/domain/schema";
import { MAX_WIZARD_REGIONS } from "@/lib/domain/wizard";
import { REVIEW_STEP, STEPS, type WizardState } from "./wizard-state";

/** Bump when the saved shape changes; older saves are then ignored. */
export const WIZARD_STORAGE_KEY = "meridian.new-network-wizard.v1";

/** The part of the Storage interface used here. */
export type WizardStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const text = (max: number) => z.string().max(max);

const SavedDraftSchema = z
  .object({
    name: text(500),
    client: z.enum(CLIENTS),
    consensus: z.enum(CONSENSUS_ALGORITHMS),
    chainId: text(100),
    providers: z.array(z.enum(PROVIDERS)).max(PROVIDERS.length),
    regions: z.array(z.object({ provider: z.enum(PROVIDERS), region: text(64) })).max(MAX_WIZARD_REGIONS * 2),
    tolerance: z.enum(TOLERANCES),
    packs: z.array(z.enum(COMPLIANCE_PACKS)).max(COMPLIANCE_PACKS.length),
    budget: text(100),
    existing: z.boolean().default(false),
  })
  .refine((d) => CONSENSUS_BY_CLIENT[d.client].includes(d.consensus));

const step = z.number().int().min(0).max(REVIEW_STEP);

const SavedSchema = z
  .object({
    step,
    reached: step,
    draft: SavedDraftSchema,
    counts: z.record(text(200), z.partialRecord(z.enum(NODE_ROLES), text(100))),
    origin: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("questions") }),
      z.object({ kind: z.literal("qdq"), warnings: z.array(text(2000)).max(200) }),
    ]),
  })
  .refine((s) => s.reached >= s.step);

/** The saved wizard, or undefined when there is none or it doesn't check out. Never throws. */
export function loadWizardState(storage: WizardStorage | undefined): WizardState | undefined {
  try {
    const raw = storage?.getItem(WIZARD_STORAGE_KEY);
    if (!raw) return undefined;
    const parsed = SavedSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return undefined;
    return { ...parsed.data, tried: STEPS.map(() => false) };
  } catch {
    return undefined;
  }
}

/** Saves the answers and where the user is (not which messages show). Never throws (quota, private mode). */
export function saveWizardState(storage: WizardStorage | undefined, state: WizardState): void {
  try {
    const { step, reached, draft, counts, origin } = state;
    storage?.setItem(WIZARD_STORAGE_KEY, JSON.stringify({ step, reached, draft, counts, origin }));
  } catch {
    // Nothing to do: the wizard works without it.
  }
}

/** Forgets the saved wizard: after the network is created, or on "Start over". */
export function clearWizardState(storage: WizardStorage | undefined): void {
  try {
    storage?.removeItem(WIZARD_STORAGE_KEY);
  } catch {
    // As above.
  }
}

/** The browser's sessionStorage, or undefined on the server or where it is blocked. */
export function browserSessionStorage(): WizardStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}
