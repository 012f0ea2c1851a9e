import { z } from "zod";

/**
 * Whole numbers a request carries into an `integer` column (version numbers, audit sequence numbers,
 * counts). One definition, so a number past the column's range is a 400 naming it, never a database error.
 */

/** The largest value a PostgreSQL `integer` (int4) column holds. */
export const MAX_STORED_INT = 2_147_483_647;

interface Bounds {
  min?: number;
  max?: number;
}

/** A whole number in a JSON body: 1..MAX_STORED_INT unless narrower bounds are given. */
export function storedInt({ min = 1, max = MAX_STORED_INT }: Bounds = {}) {
  return z
    .number()
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

/**
 * A whole number written in a path or query string: digits only (no sign, exponent, spaces or hex), then
 * bounded like `storedInt`. `Number("1e3")` and `Number(" 7")` would pass a plain coercion; they are refused.
 */
export function intText(bounds: Bounds = {}) {
  return z
    .string()
    .regex(/^[0-9]{1,20}$/, "must be a whole number written in digits")
    .transform(Number)
    .pipe(storedInt(bounds));
}

/** A saved version's number in a JSON body. */
export const VersionNumber = storedInt();

/** A saved version's number in a path or query string. */
export const VersionNumberText = intText();
