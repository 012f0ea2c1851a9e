import { z } from "zod";
import { MAX_INPUT_DEPTH, MAX_INPUT_ENTRIES } from "../http/storable-input";

/**
 * Hostile inputs derived from request schemas, for the hostile-input test: a valid request is taken apart
 * along its schema and one place at a time is replaced with something the server must refuse cleanly
 * (text the database cannot store, numbers past its columns, wrong types, extra keys, oversized or deeply
 * nested collections). Everything is drawn from a seeded generator, so a failure replays from its seed.
 */

/** A small seeded generator (mulberry32): the same seed draws the same requests. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
export type SeededRandom = ReturnType<typeof seededRandom>;

/** The parts of a JSON Schema (as zod writes it) the generator reads. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  maxItems?: number;
  maxLength?: number;
  maximum?: number;
  maxProperties?: number;
}

/** A request schema's input side as JSON Schema. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** A place in a valid value: its path, what the schema says is there, and the valid value it holds. */
export interface Slot {
  path: (string | number)[];
  schema: JsonSchema;
  value: unknown;
}

/**
 * Every place of a valid value, walked alongside its schema. `substitutes` give a schema to a property the
 * request schema leaves open (the `document` a save carries is `unknown` there, checked later).
 */
export function slotsOf(value: unknown, schema: JsonSchema, substitutes: Record<string, JsonSchema> = {}): Slot[] {
  const slots: Slot[] = [];
  const walk = (at: unknown, node: JsonSchema, path: (string | number)[]) => {
    const branch = branchFor(at, node);
    slots.push({ path, schema: branch, value: at });
    if (Array.isArray(at)) at.forEach((item, i) => walk(item, branch.items ?? {}, [...path, i]));
    else if (typeof at === "object" && at !== null) {
      for (const [key, child] of Object.entries(at)) {
        const declared = branch.properties?.[key] ?? (typeof branch.additionalProperties === "object" ? branch.additionalProperties : {});
        walk(child, substitutes[key] && Object.keys(declared).length === 0 ? substitutes[key] : declared, [...path, key]);
      }
    }
  };
  walk(value, schema, []);
  return slots;
}

/** Of a union, the branch whose properties hold every key of the value. */
function branchFor(value: unknown, node: JsonSchema): JsonSchema {
  const branches = node.anyOf ?? node.oneOf;
  if (!branches) return node;
  const keys = typeof value === "object" && value !== null ? Object.keys(value) : [];
  return branches.find((b) => keys.every((k) => b.properties?.[k])) ?? branches[0]!;
}

/** Nested arrays deeper than any request may go. */
export const deeplyNested = (depth = MAX_INPUT_DEPTH + 8): unknown => {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const UNSTORABLE = ["\u0000", "name\u0000", "\ud800", "tail\udc00", "\udbff\u0000"];
const PAST_THE_COLUMNS = [2_147_483_648, 99_999_999_999, 2 ** 53 + 2, -1, 0, 1.5, 1e308, -1e308];

/** Hostile replacements for one place, chosen by what the schema says belongs there. */
export function hostileValuesFor(slot: Slot): unknown[] {
  const { schema, value } = slot;
  const common: unknown[] = [...UNSTORABLE, null, deeplyNested(), { "\u0000key": 1 }];
  switch (schema.type) {
    case "string":
      return [...common, "x".repeat((schema.maxLength ?? 5000) + 1), 7, true, ["a"], {}];
    case "integer":
    case "number":
      return [...common, ...PAST_THE_COLUMNS, (schema.maximum ?? 0) + 1, "1", "2147483648", true];
    case "boolean":
      return [...common, "true", 1, []];
    case "array": {
      const item = Array.isArray(value) && value.length > 0 ? value[0] : "x";
      return [...common, Array((schema.maxItems ?? 100) + 1).fill(item), Array(MAX_INPUT_ENTRIES + 1).fill(0), "[]", [{}], [[[]]]];
    }
    case "object": {
      const valid = typeof value === "object" && value !== null ? value : {};
      return [
        ...common,
        { ...valid, unexpectedKey: 1 },
        { ...valid, ["\u0000"]: "x" },
        oversizedRecord((schema.maxProperties ?? 100) + 1),
        oversizedRecord(MAX_INPUT_ENTRIES + 1),
        [],
        "object",
      ];
    }
    default:
      return [...common, ...PAST_THE_COLUMNS, "x".repeat(100_000), [], {}, oversizedRecord(MAX_INPUT_ENTRIES + 1)];
  }
}

/** A record of `size` entries whose keys would pass most key schemas (addresses, tag keys, ids). */
export function oversizedRecord(size: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) out[`0x${i.toString(16).padStart(40, "0")}`] = { x: i, y: i };
  return out;
}

/** A copy of `value` with the place at `path` replaced. */
export function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = replacement;
  return copy;
}

/** Whole bodies that are not what any route takes: broken JSON, wrong roots, nesting, NUL in a key. */
export const JUNK_BODIES: readonly string[] = [
  "",
  "{",
  "null",
  "[]",
  '"text"',
  "12345678901234567890",
  '{"\\u0000":1}',
  '{"name":"\\ud800"}',
  "[".repeat(50_000) + "]".repeat(50_000),
  `{"a":${"{\"a\":".repeat(200)}1${"}".repeat(200)}}`,
];

/** What a path parameter must survive: NUL, surrogates, numbers past int4, encodings left undecoded, length. */
export const HOSTILE_PATH_VALUES: readonly string[] = [
  "\u0000",
  "id\u0000",
  "\ud800",
  "2147483648",
  "99999999999",
  "-1",
  "0",
  "1e3",
  " 1",
  "0x10",
  "%00",
  "%E0%A4%A",
  "../../etc/passwd",
  "x".repeat(5000),
];

/** What a query value must survive. Lone surrogates cannot travel in a URL (they arrive as U+FFFD); NUL can. */
export const HOSTILE_QUERY_VALUES: readonly string[] = [
  "\u0000",
  "a\u0000b",
  "2147483648",
  "99999999999",
  "-1",
  "1e3",
  "NaN",
  "",
  "abc",
  "%",
  "x".repeat(3000),
];

/** Query text from pairs, with NUL and other junk percent-encoded as a browser would send it. */
export function queryString(pairs: readonly [string, string][]): string {
  return pairs.length ? `?${new URLSearchParams(pairs.map(([k, v]) => [k, v] as [string, string])).toString()}` : "";
}
