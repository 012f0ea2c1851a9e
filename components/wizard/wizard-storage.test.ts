import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT, INITIAL_STATE, wizardReducer, type WizardState } from "./wizard-state";
import { clearWizardState, loadWizardState, saveWizardState, WIZARD_STORAGE_KEY, type WizardStorage } from "./wizard-storage";

function memoryStorage(initial: Record<string, string> = {}): WizardStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const STATE: WizardState = {
  ...INITIAL_STATE,
  step: 2,
  reached: 3,
  draft: { ...EMPTY_DRAFT, name: "Pan-EU", chainId: "2024", providers: ["aws"], regions: [{ provider: "aws", region: "eu-central-1" }], packs: ["gdpr"], budget: "2500" },
  counts: { "aws:eu-central-1": { validator: "4" } },
  tried: [true, true, false, false, false],
};

describe("wizard session storage", () => {
  it("restores the answers, counts and step saved, without the shown messages", () => {
    const storage = memoryStorage();
    saveWizardState(storage, STATE);
    const restored = loadWizardState(storage)!;
    expect(restored).toEqual({ ...STATE, tried: INITIAL_STATE.tried });
    // The reducer's restore takes it as it is.
    expect(wizardReducer(INITIAL_STATE, { type: "restore", state: restored }).draft).toEqual(STATE.draft);
  });

  it("keeps a QDQ import's origin", () => {
    const storage = memoryStorage();
    saveWizardState(storage, { ...STATE, origin: { kind: "qdq", warnings: ["dropped x"] } });
    expect(loadWizardState(storage)?.origin).toEqual({ kind: "qdq", warnings: ["dropped x"] });
  });

  it("ignores nothing saved, corrupt JSON, stale shapes and impossible values", () => {
    const saved = (value: unknown) => memoryStorage({ [WIZARD_STORAGE_KEY]: typeof value === "string" ? value : JSON.stringify(value) });
    const good = JSON.parse(JSON.stringify({ step: 1, reached: 1, draft: EMPTY_DRAFT, counts: {}, origin: { kind: "questions" } }));
    expect(loadWizardState(saved(good))?.step).toBe(1);
    expect(loadWizardState(memoryStorage())).toBeUndefined();
    expect(loadWizardState(undefined)).toBeUndefined();
    expect(loadWizardState(saved("{not json"))).toBeUndefined();
    expect(loadWizardState(saved("null"))).toBeUndefined();
    expect(loadWizardState(saved({ ...good, step: 9, reached: 9 }))).toBeUndefined();
    expect(loadWizardState(saved({ ...good, step: 3, reached: 1 }))).toBeUndefined();
    expect(loadWizardState(saved({ ...good, draft: { ...EMPTY_DRAFT, providers: ["oracle"] } }))).toBeUndefined();
    expect(loadWizardState(saved({ ...good, draft: { ...EMPTY_DRAFT, client: "goquorum", consensus: "clique" } }))).toBeDefined();
    expect(loadWizardState(saved({ ...good, draft: { ...EMPTY_DRAFT, client: "besu", consensus: "raft" } }))).toBeUndefined();
    const { budget: _, ...olderDraft } = EMPTY_DRAFT;
    expect(loadWizardState(saved({ ...good, draft: olderDraft }))).toBeUndefined();
    expect(loadWizardState(saved({ ...good, counts: { "aws:x": { validator: 3 } } }))).toBeUndefined();
  });

  it("never throws when the storage does", () => {
    const broken: WizardStorage = {
      getItem: () => { throw new Error("SecurityError"); },
      setItem: () => { throw new Error("QuotaExceededError"); },
      removeItem: () => { throw new Error("SecurityError"); },
    };
    expect(loadWizardState(broken)).toBeUndefined();
    expect(() => saveWizardState(broken, STATE)).not.toThrow();
    expect(() => clearWizardState(broken)).not.toThrow();
  });

  it("clears what was saved", () => {
    const storage = memoryStorage();
    saveWizardState(storage, STATE);
    clearWizardState(storage);
    expect(storage.data.size).toBe(0);
    expect(loadWizardState(storage)).toBeUndefined();
  });
});
