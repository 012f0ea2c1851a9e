import { unstorableCharacter } from "@/lib/domain/api/storable-text";
import { MAX_LAYOUT_POSITIONS, MAX_LINKS, MAX_NODE_GROUPS, type PathIssue } from "@/lib/domain/schema";
import { BadRequestError } from "../errors";

/**
 * One pass over whatever a request brings (parsed JSON body, query parameters, path parameters) before
 * any schema sees it: text the database cannot store, nesting no request needs and collections larger than
 * any schema allows are refused with a 400 naming the path. Schemas then bound each field precisely; this
 * pass keeps hostile shapes cheap to refuse (no 200,000-entry record is parsed entry by entry first).
 */

/** Deeper than any request schema goes (a document is about six levels), shallow enough for recursive code later. */
export const MAX_INPUT_DEPTH = 32;
/** No array or object in any request may hold more entries than the largest collection of the document. */
export const MAX_INPUT_ENTRIES = Math.max(MAX_LAYOUT_POSITIONS, MAX_NODE_GROUPS, MAX_LINKS);
/** A refusal names this many problems at most. */
const MAX_ISSUES = 5;

export type InputSource = "body" | "query" | "path";

const REFUSAL: Record<InputSource, string> = {
  body: "The request body holds something that cannot be accepted.",
  query: "The query parameters hold something that cannot be accepted.",
  path: "The address holds something that cannot be accepted.",
};

interface Node {
  value: unknown;
  parent: Node | null;
  key: string | number | null;
  depth: number;
}

/** Throws a BadRequestError naming each offending path; returns quietly when the input may go on to its schema. */
export function assertStorableInput(value: unknown, source: InputSource): void {
  const issues = storableInputIssues(value, `(${source})`);
  if (issues.length > 0) throw new BadRequestError(REFUSAL[source], issues);
}

/** The problems of an input, walked without recursion so that depth itself cannot overflow the stack. */
export function storableInputIssues(value: unknown, rootLabel = "(root)"): PathIssue[] {
  const issues: PathIssue[] = [];
  const stack: Node[] = [{ value, parent: null, key: null, depth: 0 }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const node = stack.pop()!;
    const problem = problemOf(node, stack);
    if (problem) issues.push({ path: pathOf(node) || rootLabel, message: problem });
  }
  return issues;
}

/** What is wrong with one node, pushing its children when it may be descended into. */
function problemOf(node: Node, stack: Node[]): string | null {
  const { value, depth } = node;
  if (typeof value === "string") {
    const bad = unstorableCharacter(value);
    return bad && `contains ${bad}, which cannot be stored`;
  }
  if (typeof value !== "object" || value === null) return null;
  if (depth >= MAX_INPUT_DEPTH) return `is nested more than ${MAX_INPUT_DEPTH} levels deep`;
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_ENTRIES) return `has ${value.length} entries; at most ${MAX_INPUT_ENTRIES} are accepted`;
    for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], parent: node, key: i, depth: depth + 1 });
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_INPUT_ENTRIES) return `has ${keys.length} entries; at most ${MAX_INPUT_ENTRIES} are accepted`;
  for (const key of keys) {
    const bad = unstorableCharacter(key);
    // The key itself is not echoed: it is the junk.
    if (bad) return `has a key that contains ${bad}, which cannot be stored`;
  }
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    stack.push({ value: (value as Record<string, unknown>)[key], parent: node, key, depth: depth + 1 });
  }
  return null;
}

/** The path as `formatIssues` writes it: document.nodeGroups[2].name. */
function pathOf(node: Node): string {
  const parts: (string | number)[] = [];
  for (let at: Node | null = node; at && at.key !== null; at = at.parent) parts.unshift(at.key);
  return parts.reduce<string>((acc, part) => (typeof part === "number" ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), "");
}
