// Validation of an edit in proportion to what the edit touched. The designer validates on every change, and
// its changes are small: a group dragged to another region, a count, a link. Given the previous validation
// and the edited document (unchanged elements being the same objects, as immer leaves them):
// - the context reuses every lookup and model whose inputs are untouched (context.ts, document-index.ts);
// - element-scoped rules run again only for the elements the edit changed, and for the elements that read
//   them (a region's rules read its node groups; a node group's rules read its region);
// - whole-document rules run again unless every input they declare is the same object as before.
// The result equals `validate(next, options)` exactly; the equivalence tests hold it to that.

import type { TopologyDocument } from "../schema";
import { contextState, type ContextState } from "./context";
import { documentChange, type DocumentChange } from "./document-change";
import { enabledPacks, enabledRules, resultOf } from "./engine";
import { runRules, type Positions, type PreviousRun, type RuleState } from "./run-rules";
import type { Rule, ValidationOptions, ValidationResult } from "./types";

/** A validation with what the next validation of an edit of its document can reuse. */
export interface Validation {
  readonly doc: TopologyDocument;
  readonly options: ValidationOptions;
  readonly result: ValidationResult;
  readonly context: ContextState;
  readonly rules: ReadonlyMap<Rule, RuleState>;
}

/** A full validation (the same result as `validate`), kept so edits of `doc` can be validated incrementally. */
export function validateForEdits(doc: TopologyDocument, options: ValidationOptions = {}): Validation {
  return validation(doc, options, contextState(doc, options));
}

/** The validation of `next`, reusing from `previous` whatever the edit from `previous.doc` to `next` left valid. */
export function revalidate(previous: Validation, next: TopologyDocument): Validation {
  if (next === previous.doc) return previous;
  const change = documentChange(previous.doc, next);
  const context = contextState(next, previous.options, previous.context, change);
  return validation(next, previous.options, context, { states: previous.rules, dirty: dirtyElements(change, previous.context, context) }, previous);
}

export interface IncrementalValidator {
  /** The same result as `validate(doc, options)`; after the first call, in proportion to what changed since the last. */
  validate(doc: TopologyDocument): ValidationResult;
}

/** Validates a document as it is edited, each time from the previous validation. */
export function createIncrementalValidator(options: ValidationOptions = {}): IncrementalValidator {
  let last: Validation | undefined;
  return {
    validate(doc) {
      last = last ? revalidate(last, doc) : validateForEdits(doc, options);
      return last.result;
    },
  };
}

function validation(
  doc: TopologyDocument, options: ValidationOptions, context: ContextState, previousRun?: PreviousRun, previous?: Validation,
): Validation {
  const packs = enabledPacks(doc, options);
  const rules = runRules(doc, context.ctx, enabledRules(packs), options.trace, previousRun);
  // Nothing the rules read changed (say, only the canvas layout did): keep the very same result, so what the
  // designer derives from it is not derived again.
  const unchanged = previous !== undefined && rules.size === previous.rules.size
    && [...rules].every(([rule, state]) => previous.rules.get(rule) === state)
    && context.ctx.failureDomains === previous.context.ctx.failureDomains;
  const result = unchanged ? previous.result : resultOf(rules, packs, context.ctx.failureDomains);
  return { doc, options, result, context, rules };
}

/**
 * The elements whose element-scoped findings may differ after `change`: the changed elements, node groups in
 * a changed region, regions whose node groups changed, and links that end in a changed region. Everything,
 * when the change is too large to track or ids are not unique (the lookups by id then cannot be trusted).
 */
function dirtyElements(change: DocumentChange, before: ContextState, after: ContextState): PreviousRun["dirty"] {
  const prev = before.doc;
  const next = after.doc;
  const idsUnique = before.index.regions.uniqueIds && after.index.regions.uniqueIds && before.index.groups.uniqueIds && after.index.groups.uniqueIds;
  const everything = !idsUnique || change.regions.wholesale || change.nodeGroups.wholesale;

  const changedRegions = new Set<string>();
  for (const i of change.regions.positions) for (const r of [prev.regions[i], next.regions[i]]) if (r) changedRegions.add(r.id);
  const regionsOfChangedGroups = new Set<string>();
  for (const i of change.nodeGroups.positions) for (const g of [prev.nodeGroups[i], next.nodeGroups[i]]) if (g) regionsOfChangedGroups.add(g.regionId);

  const { groupsByRegion, groupIndex } = after.index.groups;
  const { regionIndex } = after.index.regions;
  const groups = new Set(change.nodeGroups.positions);
  for (const id of changedRegions) for (const g of groupsByRegion.get(id) ?? []) groups.add(groupIndex.get(g.id)!);
  const regions = new Set(change.regions.positions);
  for (const id of regionsOfChangedGroups) {
    const i = regionIndex.get(id);
    if (i !== undefined) regions.add(i);
  }
  const links = new Set(change.links.positions);
  if (changedRegions.size > 0) next.links.forEach((l, i) => (changedRegions.has(l.from) || changedRegions.has(l.to)) && links.add(i));

  const positions = (set: Set<number>, wholesale: boolean): Positions => (everything || wholesale ? "all" : [...set]);
  return {
    nodeGroup: positions(groups, false),
    region: positions(regions, false),
    link: positions(links, change.links.wholesale),
  };
}
