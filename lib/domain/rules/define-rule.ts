import type { TopologyDocument } from "../schema";
import type { Finding, FindingTarget, Fix, Rule, RuleContext, Severity } from "./types";

export interface FindingDraft {
  target: FindingTarget;
  message: string;
  fix?: Fix | undefined;
  /** Overrides the rule's severity (rules that escalate, e.g. under an org policy). */
  severity?: Severity;
}

export type Emit = (finding: FindingDraft) => void;

/** A rule from its metadata and a check that emits drafts; code, pack and severity are filled in. */
export function defineRule(
  meta: Omit<Rule, "check">,
  run: (doc: TopologyDocument, ctx: RuleContext, emit: Emit) => void,
): Rule {
  return {
    ...meta,
    check(doc, ctx) {
      const findings: Finding[] = [];
      run(doc, ctx, (draft) => {
        findings.push({
          code: meta.code,
          severity: draft.severity ?? meta.severity,
          pack: meta.pack,
          message: draft.message,
          target: draft.target,
          ...(draft.fix ? { fix: draft.fix } : {}),
        });
      });
      return findings;
    },
  };
}
