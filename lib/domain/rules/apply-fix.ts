import { applyPatches, enablePatches } from "immer";
import type { TopologyDocument } from "../schema";
import type { Fix } from "./types";

enablePatches();

/** Applies a finding's fix, returning a new document (the input is not changed). */
export function applyFix(doc: TopologyDocument, fix: Fix): TopologyDocument {
  return applyPatches(doc, fix.patches);
}
