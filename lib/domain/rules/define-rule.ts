import type { Link, NodeGroup, Region, TopologyDocument } from "../schema";
import type { ElementKind, Finding, FindingTarget, Fix, Rule, RuleContext, Severity } from "./types";

export interface FindingDraft {
  target: FindingTarget;
  message: string;
  fix?: Fix | undefined;
  /** Overrides the rule's severity (rules that escalate, e.g. under an org policy). */
  severity?: Severity;
}

export type Emit = (finding: FindingDraft) => void;

type RuleMeta = Omit<Rule, "check" | "scope">;

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * Runs `run` with an emit that fills in code, pack and severity; nothing when the policy leaves the rule off.
 * Most elements have no findings, so the list is made only when there is one.
 */
function collect(meta: RuleMeta, ctx: RuleContext, run: (emit: Emit) => void): readonly Finding[] {
  if (meta.checkedWhen && !meta.checkedWhen(ctx.policy)) return NO_FINDINGS;
  let findings: Finding[] | undefined;
  run((draft) => {
    (findings ??= []).push({
      code: meta.code,
      severity: draft.severity ?? meta.severity,
      pack: meta.pack,
      message: draft.message,
      target: draft.target,
      ...(draft.fix ? { fix: draft.fix } : {}),
    });
  });
  return findings ?? NO_FINDINGS;
}

/** A rule from its metadata and a check that emits drafts; code, pack and severity are filled in. */
export function defineRule(
  meta: RuleMeta,
  run: (doc: TopologyDocument, ctx: RuleContext, emit: Emit) => void,
): Rule {
  return { ...meta, check: (doc, ctx) => [...collect(meta, ctx, (emit) => run(doc, ctx, emit))] };
}

interface Elements {
  region: Region;
  nodeGroup: NodeGroup;
  link: Link;
}

const LISTS: { [K in ElementKind]: (doc: TopologyDocument) => readonly Elements[K][] } = {
  region: (doc) => doc.regions,
  nodeGroup: (doc) => doc.nodeGroups,
  link: (doc) => doc.links,
};

/**
 * A rule that checks the elements of one kind one at a time, in document order. `run` may read the element,
 * its index, what `ElementScope` lists (its region, its groups, its ends) and the rule's `inputs`; after an
 * edit the incremental validator runs it again only for the elements the edit touched.
 */
export function defineElementRule<K extends ElementKind>(
  kind: K,
  meta: RuleMeta,
  run: (element: Elements[K], index: number, doc: TopologyDocument, ctx: RuleContext, emit: Emit) => void,
): Rule {
  const list = LISTS[kind];
  const checkElement = (doc: TopologyDocument, ctx: RuleContext, index: number) =>
    collect(meta, ctx, (emit) => run(list(doc)[index]!, index, doc, ctx, emit));
  return {
    ...meta,
    scope: { kind, checkElement },
    check(doc, ctx) {
      if (meta.checkedWhen && !meta.checkedWhen(ctx.policy)) return [];
      return list(doc).flatMap((_, i) => checkElement(doc, ctx, i));
    },
  };
}
