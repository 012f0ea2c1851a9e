import { z } from "zod";

/**
 * Text PostgreSQL refuses to store: NUL (text and jsonb have no room for U+0000) and a UTF-16 surrogate
 * without its partner (not a character at all; jsonb rejects the escape). JSON and percent-encoding can
 * carry both, so every string a request brings is held to this before it can reach a query.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What in the text cannot be stored, in words ("a NUL character (U+0000)"), or null when all of it can. */
export function unstorableCharacter(text: string): string | null {
  if (text.includes("\u0000")) return "a NUL character (U+0000)";
  const lone = LONE_SURROGATE.exec(text);
  if (lone) return `an unpaired surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()})`;
  return null;
}

/** Free text in a query string (a search, an id to filter by): at most `max` characters (after trimming, if asked), all storable. */
export function queryText(max: number, { trim = false } = {}) {
  return (trim ? z.string().trim() : z.string())
    .max(max, `must be at most ${max} characters`)
    .superRefine((text, ctx) => {
      const bad = unstorableCharacter(text);
      if (bad) ctx.addIssue({ code: "custom", message: `contains ${bad}, which cannot be stored` });
    });
}
