import { SaveConflictDetailsSchema, type SaveConflictDetails } from "@/lib/domain/api";
import { ApiError } from "./api";

export type ConflictingVersion = SaveConflictDetails["currentVersion"];

/**
 * The version saved meanwhile when `error` is the API's 409 for a stale base, its details checked against the
 * schema; undefined for any other error, including a 409 for another reason (an archived topology).
 */
export function saveConflictOf(error: unknown): ConflictingVersion | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const parsed = SaveConflictDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.currentVersion : undefined;
}
