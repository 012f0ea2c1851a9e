import { produce } from "immer";
import { describe, expect, it } from "vitest";
import { generateTopology } from "@/bench/generate-topology";
import { validate } from "./engine";
import { createIncrementalValidator, revalidate, validateForEdits } from "./incremental";
import { corpus, linkedTopology, OPTION_SETS } from "./testing/design-corpus";
import { EDIT_KINDS, randomEdit } from "./testing/random-edit";
import { picker } from "./testing/random-design";
import type { RuleCheck, ValidationOptions } from "./types";

/** Corpus designs small enough to validate in full after every edit. */
const designs = corpus().filter((c) => !/generated-(1000|3000|10000)|linked-1000|budget-500/.test(c.name));

describe("revalidate", () => {
  it("gives exactly validate()'s result after each of a run of seeded single edits", () => {
    designs.forEach((c, n) => {
      const p = picker(1_000 + n);
      let v = validateForEdits(c.doc(), c.options);
      expect(v.result).toEqual(validate(v.doc, c.options));
      for (let step = 0; step < EDIT_KINDS.length; step++) {
        const { kind, doc } = randomEdit(v.doc, EDIT_KINDS[(step + n) % EDIT_KINDS.length]!, p);
        v = revalidate(v, doc);
        expect(v.result, `${c.name}, edit ${step + 1}: ${kind}`).toEqual(validate(doc, c.options));
      }
    });
  });

  it("leaves the previous validation usable: two different edits of one document both come out right", () => {
    const doc = linkedTopology(300);
    const options = OPTION_SETS.strict!;
    const before = validateForEdits(doc, options);
    const p = picker(7);
    for (const kind of EDIT_KINDS) {
      const edit = randomEdit(doc, kind, p);
      expect(revalidate(before, edit.doc).result, kind).toEqual(validate(edit.doc, options));
    }
    expect(revalidate(before, doc)).toBe(before);
  });

  it("keeps fixes from proposing an id an edit has just taken", () => {
    // Every id a fix proposes for a new group or link, taken by renaming a group that is not a validator.
    for (const c of designs) {
      const v = validateForEdits(c.doc(), c.options);
      const proposed = v.result.findings.flatMap((f) => (f.fix?.patches ?? []).flatMap((patch) =>
        patch.op === "add" && typeof patch.value === "object" && patch.value !== null && "id" in patch.value ? [String(patch.value.id)] : []));
      const renamed = v.doc.nodeGroups.findIndex((g) => g.role !== "validator");
      for (const id of new Set(proposed)) {
        if (renamed < 0) break;
        const doc = produce(v.doc, (d) => void (d.nodeGroups[renamed]!.id = id));
        expect(revalidate(v, doc).result, `${c.name}: a group takes ${id}`).toEqual(validate(doc, c.options));
      }
    }
  });

  it("keeps the very same result when an edit changes nothing the rules read", () => {
    const v = validateForEdits(generateTopology(100));
    const moved = produce(v.doc, (d) => void (d.layout.positions.r0 = { x: 10, y: 20 }));
    expect(revalidate(v, moved).result).toBe(v.result);
  });
});

describe("createIncrementalValidator", () => {
  it("validates a document as it changes, matching a full validation each time", () => {
    const options: ValidationOptions = OPTION_SETS.compliance!;
    const validator = createIncrementalValidator(options);
    let doc = generateTopology(200);
    const p = picker(3);
    for (let i = 0; i < 30; i++) {
      expect(validator.validate(doc)).toEqual(validate(doc, options));
      doc = randomEdit(doc, p.pick(EDIT_KINDS), p).doc;
    }
    // Another document altogether is validated in full.
    expect(validator.validate(linkedTopology(50))).toEqual(validate(linkedTopology(50), options));
  });
});

describe("rule checks after one edit", () => {
  /** Element checks per kind that validating `doc` makes, through `run`. */
  function countChecks(run: (trace: (check: RuleCheck) => void) => void) {
    const checks: RuleCheck[] = [];
    run((check) => checks.push(check));
    const of = (kind: string) => checks.filter((c) => c.element?.kind === kind);
    return { nodeGroup: of("nodeGroup"), region: of("region"), document: checks.filter((c) => !c.element) };
  }

  it("checks again only the edited node group, and only its region", () => {
    const doc = generateTopology(1_000);
    let trace: (check: RuleCheck) => void = () => {};
    const options: ValidationOptions = { ...OPTION_SETS.compliance, trace: (check) => trace(check) };
    const full = countChecks((t) => {
      trace = t;
      validateForEdits(doc, options);
    });
    const before = validateForEdits(doc, options);
    const edited = produce(doc, (d) => void (d.nodeGroups[42]!.count += 1));
    const region = edited.regions.findIndex((r) => r.id === edited.nodeGroups[42]!.regionId);
    const after = countChecks((t) => {
      trace = t;
      revalidate(before, edited);
    });

    const nodeGroupRules = new Set(full.nodeGroup.map((c) => c.code));
    const regionRules = new Set(full.region.map((c) => c.code));
    expect(full.nodeGroup).toHaveLength(doc.nodeGroups.length * nodeGroupRules.size);
    expect(after.nodeGroup).toHaveLength(nodeGroupRules.size);
    expect(new Set(after.nodeGroup.map((c) => c.element!.index))).toEqual(new Set([42]));
    expect(after.region.length).toBeLessThanOrEqual(regionRules.size);
    expect(new Set(after.region.map((c) => c.element!.index))).toEqual(new Set([region]));
    expect(after.document.length).toBeLessThan(full.document.length);
  });
});
