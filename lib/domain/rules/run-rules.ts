// Runs the enabled rules over one document and keeps, per rule, what the next validation of an edit can
// reuse: the findings of a whole-document rule with the inputs it declared, and the findings of an
// element-scoped rule per element. Full and incremental validation go through the same code, so they can
// only differ by what they skip.

import type { TopologyDocument } from "../schema";
import { sameInputs } from "./memo";
import type { ElementKind, ElementScope, Finding, Rule, RuleContext, ValidationOptions } from "./types";

/** A rule that threw: the engine reports it as one finding instead of the rule's own. */
class RuleFailure {
  constructor(readonly message: string) {}
}

type ElementResult = readonly Finding[] | RuleFailure | undefined;

export interface RuleState {
  readonly inputs: readonly unknown[] | undefined;
  readonly findings: readonly Finding[];
  /** Element-scoped rules: the findings about each element, by its index. */
  readonly perElement?: readonly ElementResult[];
}

/** Elements to check again: indexes in their list, or every one. */
export type Positions = readonly number[] | "all";

export interface PreviousRun {
  readonly states: ReadonlyMap<Rule, RuleState>;
  readonly dirty: Readonly<Record<ElementKind, Positions>>;
}

const NO_INPUTS: readonly unknown[] = [];

function failureFinding(rule: Rule, message: string): Finding {
  // A bug in one rule must not hide the others' findings (this runs on every keystroke in the editor).
  return {
    code: "engine.rule-failed", severity: "error", pack: rule.pack, target: { kind: "document" },
    message: `Rule ${rule.code} failed: ${message}`,
  };
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function elementCount(doc: TopologyDocument, kind: ElementKind): number {
  return kind === "region" ? doc.regions.length : kind === "nodeGroup" ? doc.nodeGroups.length : doc.links.length;
}

/** The rule's findings from its elements' in document order; a failure anywhere replaces them all, as a throw would. */
function assemble(rule: Rule, perElement: readonly ElementResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const result of perElement) {
    if (result instanceof RuleFailure) return [failureFinding(rule, result.message)];
    if (result) for (const f of result) findings.push(f);
  }
  return findings;
}

function runDocumentRule(rule: Rule, doc: TopologyDocument, ctx: RuleContext, trace: ValidationOptions["trace"], previous: RuleState | undefined): RuleState {
  const inputs = rule.inputs?.(doc, ctx);
  if (inputs && previous?.inputs && sameInputs(previous.inputs, inputs)) return previous;
  trace?.({ code: rule.code });
  let findings: readonly Finding[];
  try {
    findings = rule.check(doc, ctx);
  } catch (error) {
    findings = [failureFinding(rule, messageOf(error))];
  }
  return { inputs, findings };
}

function runElementRule(
  rule: Rule, scope: ElementScope, doc: TopologyDocument, ctx: RuleContext, trace: ValidationOptions["trace"],
  previous: RuleState | undefined, dirty: Positions | undefined,
): RuleState {
  const inputs = rule.inputs?.(doc, ctx) ?? NO_INPUTS;
  const n = elementCount(doc, scope.kind);
  const checkOne = (index: number): ElementResult => {
    trace?.({ code: rule.code, element: { kind: scope.kind, index } });
    try {
      const findings = scope.checkElement(doc, ctx, index);
      return findings.length > 0 ? findings : undefined;
    } catch (error) {
      return new RuleFailure(messageOf(error));
    }
  };

  const before = previous?.perElement;
  if (!before || !dirty || dirty === "all" || !sameInputs(previous.inputs ?? NO_INPUTS, inputs)) {
    const perElement = Array.from({ length: n }, (_, i) => checkOne(i));
    return { inputs, findings: assemble(rule, perElement), perElement };
  }
  // Check the dirty elements first: most have no findings before or after, and then nothing needs copying.
  const rechecked = dirty.filter((i) => i < n).map((i) => [i, checkOne(i)] as const);
  const changed = rechecked.some(([i, now]) => now !== undefined || before[i] !== undefined)
    || before.slice(n).some((r) => r !== undefined); // findings of elements past the new end went with them
  if (!changed && n === before.length) return previous;
  const perElement = before.slice(0, n);
  perElement.length = n;
  for (const [i, now] of rechecked) perElement[i] = now;
  return { inputs, findings: changed ? assemble(rule, perElement) : previous.findings, perElement };
}

/** Each enabled rule's state, in rule order; with a previous run, reusing what the edit left valid. */
export function runRules(
  doc: TopologyDocument, ctx: RuleContext, rules: readonly Rule[], trace: ValidationOptions["trace"], previous?: PreviousRun,
): Map<Rule, RuleState> {
  const states = new Map<Rule, RuleState>();
  for (const rule of rules) {
    const before = previous?.states.get(rule);
    states.set(rule, rule.scope
      ? runElementRule(rule, rule.scope, doc, ctx, trace, before, previous?.dirty[rule.scope.kind])
      : runDocumentRule(rule, doc, ctx, trace, before));
  }
  return states;
}
