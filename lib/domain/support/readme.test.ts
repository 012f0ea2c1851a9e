// The data README lists every status with its sources; it is generated from the data, and this test fails when
// the two disagree (run with UPDATE_DATA_README=1 to regenerate it).

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { README_BEGIN, README_END, supportReadmeSection } from "./readme-section";
import { SUPPORT_ENTRIES } from "./support-data";

const README = fileURLToPath(new URL("../../../data/README.md", import.meta.url));

describe("the data README", () => {
  it("holds the support section generated from the data", () => {
    let text = readFileSync(README, "utf8");
    const begin = text.indexOf(README_BEGIN);
    const end = text.indexOf(README_END);
    const current = begin >= 0 && end > begin ? text.slice(begin, end + README_END.length) : "";
    if (process.env.UPDATE_DATA_README) {
      text = current ? text.replace(current, supportReadmeSection()) : `${text.trimEnd()}\n\n${supportReadmeSection()}\n`;
      writeFileSync(README, text);
      return;
    }
    expect(current).toBe(supportReadmeSection());
  });

  it("cites a source for every status", () => {
    const text = readFileSync(README, "utf8");
    for (const entry of SUPPORT_ENTRIES) {
      for (const change of entry.history) for (const s of change.sources) expect(text, entry.id).toContain(s.url);
    }
  });
});
