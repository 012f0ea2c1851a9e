// The findings of every design in the corpus, pinned as one digest per design and option set: a change
// meant to make validation faster (or incremental) must leave every code, message, target, fix and their
// order exactly as they were. After a deliberate change to what a rule says, UPDATE_FINDINGS_DIGESTS=1
// rewrites the digests.

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validate } from "./engine";
import { corpus } from "./testing/design-corpus";
import { resultDigest } from "./testing/digest";

const FILE = new URL("./testing/findings-digests.json", import.meta.url);

describe("findings of the design corpus", () => {
  it("match the pinned digests", () => {
    const actual: Record<string, string> = {};
    for (const c of corpus()) actual[c.name] = resultDigest(validate(c.doc(), c.options));
    if (process.env.UPDATE_FINDINGS_DIGESTS) writeFileSync(FILE, `${JSON.stringify(actual, null, 1)}\n`);
    const pinned = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, string>;
    expect(actual).toEqual(pinned);
  });
});
