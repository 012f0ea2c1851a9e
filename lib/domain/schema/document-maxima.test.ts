import { describe, expect, it } from "vitest";
import { starterDocument } from "../starter";
import { formatIssues, MAX_GENESIS_ACCOUNTS, MAX_LAYOUT_POSITIONS, MAX_TAGS, topologyJsonSchema, TopologyDocumentSchema } from ".";

const entries = <T>(n: number, key: (i: number) => string, value: (i: number) => T) => Object.fromEntries(Array.from({ length: n }, (_, i) => [key(i), value(i)]));
const address = (i: number) => `0x${i.toString(16).padStart(40, "0")}`;

function pathsOf(doc: unknown): string[] {
  const result = TopologyDocumentSchema.safeParse(doc);
  return result.success ? [] : formatIssues(result.error).map((i) => `${i.path}: ${i.message}`);
}

describe("the document's records have maxima", () => {
  const doc = starterDocument("Bounded");

  it("accepts each record at its maximum", () => {
    expect(pathsOf({ ...doc, layout: { positions: entries(MAX_LAYOUT_POSITIONS, (i) => `p${i}`, (i) => ({ x: i, y: 0 })) } })).toEqual([]);
    expect(pathsOf({ ...doc, tags: entries(MAX_TAGS, (i) => `t${i}`, () => "v") })).toEqual([]);
    expect(pathsOf({ ...doc, genesis: { alloc: entries(MAX_GENESIS_ACCOUNTS, address, () => "1") } })).toEqual([]);
  });

  it("refuses one entry more, naming the record", () => {
    expect(pathsOf({ ...doc, layout: { positions: entries(MAX_LAYOUT_POSITIONS + 1, (i) => `p${i}`, () => ({ x: 0, y: 0 })) } })).toEqual([
      `layout.positions: at most ${MAX_LAYOUT_POSITIONS} positions`,
    ]);
    expect(pathsOf({ ...doc, tags: entries(MAX_TAGS + 1, (i) => `t${i}`, () => "v") })).toEqual([`tags: at most ${MAX_TAGS} tags`]);
    expect(pathsOf({ ...doc, genesis: { alloc: entries(MAX_GENESIS_ACCOUNTS + 1, address, () => "1") } })).toEqual([
      `genesis.alloc: at most ${MAX_GENESIS_ACCOUNTS} accounts`,
    ]);
  });

  it("publishes the maxima in the JSON Schema", () => {
    const schema = topologyJsonSchema() as { properties: Record<string, { properties?: Record<string, { maxProperties?: number }>; maxProperties?: number }> };
    expect(schema.properties.tags?.maxProperties).toBe(MAX_TAGS);
    expect(schema.properties.layout?.properties?.positions?.maxProperties).toBe(MAX_LAYOUT_POSITIONS);
  });
});
