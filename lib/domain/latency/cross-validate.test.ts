import { describe, expect, it } from "vitest";
import { crossValidate, crossValidateByProvider, crossValidatedPredictions } from "./cross-validate";
import { MEASURED_PAIRS } from "./measured-pairs";

describe("cross-validation on the Azure table", () => {
  it("the neighbour correction beats the plain fit on held-out pairs, under 5% median error", () => {
    const result = crossValidate(5, { seed: 7 });
    expect(result.pairs).toBe(1260);
    expect(result.plainFit.pairs).toBe(1260);
    expect(result.medianAbsPctError).toBeLessThan(5);
    expect(result.medianAbsPctError).toBeLessThan(result.plainFit.medianAbsPctError * 0.6);
    expect(result.p90AbsPctError).toBeLessThan(result.plainFit.p90AbsPctError);
  });

  it("never uses a held-out pair: changing its measurement leaves its own prediction unchanged", () => {
    const pairs = MEASURED_PAIRS.slice(0, 300);
    const before = crossValidatedPredictions(5, { pairs, seed: 3 });
    const target = before[0]!.pair;
    const tampered = pairs.map((p) => (p === target ? { ...p, rttMs: p.rttMs * 3 } : p));
    const after = crossValidatedPredictions(5, { pairs: tampered, seed: 3 });
    const byKey = (list: typeof before) => new Map(list.map((p) => [`${p.pair.a.id}|${p.pair.b.id}`, p]));
    const beforeByKey = byKey(before);
    const afterByKey = byKey(after);
    const key = `${target.a.id}|${target.b.id}`;
    expect(afterByKey.get(key)!.correctedMs).toBe(beforeByKey.get(key)!.correctedMs);
    expect(afterByKey.get(key)!.plainFitMs).toBe(beforeByKey.get(key)!.plainFitMs);
    // The tampered value did reach the other folds' training, so the check above is not vacuous.
    const moved = [...afterByKey].filter(([k, p]) => k !== key && p.correctedMs !== beforeByKey.get(k)!.correctedMs);
    expect(moved.length).toBeGreaterThan(0);
  });

  it("is deterministic for a given seed", () => {
    expect(crossValidate(5, { seed: 3, pairs: MEASURED_PAIRS.slice(0, 200) })).toEqual(
      crossValidate(5, { seed: 3, pairs: MEASURED_PAIRS.slice(0, 200) }),
    );
  });

  it("scores each provider on its own pairs, and only providers with bundled measurements", () => {
    const pairs = MEASURED_PAIRS.slice(0, 200);
    const byProvider = crossValidateByProvider(5, { seed: 1 }, pairs);
    expect(byProvider.aws).toBeNull();
    expect(byProvider.gcp).toBeNull();
    expect(byProvider.azure).toEqual(crossValidate(5, { seed: 1, pairs }));
  });
});
