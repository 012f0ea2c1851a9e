import { describe, expect, it } from "vitest";
import { z } from "zod";
import { BadRequestError } from "../errors";
import { readJsonBody, readPathParam, readQuery } from "./body";
import { MAX_INPUT_DEPTH, MAX_INPUT_ENTRIES, storableInputIssues } from "./storable-input";
import { VersionNumberParam } from "@/lib/domain/api";

const post = (body: string) => new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": "application/json" }, body });
const Anything = z.unknown();

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<BadRequestError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    if (error instanceof BadRequestError) return error;
    throw error;
  }
  throw new Error("expected a 400");
}

describe("storable input", () => {
  it("names the path of NUL and of lone surrogates, in values and in keys", () => {
    const issues = storableInputIssues({ document: { nodeGroups: [{ name: "a\u0000b" }], tags: { ["k\ud800"]: "v" } }, message: "\udc00" });
    expect(issues).toEqual([
      { path: "document.nodeGroups[0].name", message: "contains a NUL character (U+0000), which cannot be stored" },
      { path: "document.tags", message: "has a key that contains an unpaired surrogate (U+D800), which cannot be stored" },
      { path: "message", message: "contains an unpaired surrogate (U+DC00), which cannot be stored" },
    ]);
  });

  it("keeps text whose surrogates are paired, and everything else JSON holds", () => {
    expect(storableInputIssues({ name: "Zürich 🙂 東京", n: 1e308, ok: [true, null, { x: -0 }] })).toEqual([]);
  });

  it("refuses nesting past the limit without recursing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(storableInputIssues(deep)[0]?.message).toBe(`is nested more than ${MAX_INPUT_DEPTH} levels deep`);
  });

  it("refuses a collection larger than any schema allows before a schema walks it", () => {
    const record = Object.fromEntries(Array.from({ length: MAX_INPUT_ENTRIES + 1 }, (_, i) => [`p${i}`, i]));
    expect(storableInputIssues({ layout: { positions: record } })).toEqual([
      { path: "layout.positions", message: `has ${MAX_INPUT_ENTRIES + 1} entries; at most ${MAX_INPUT_ENTRIES} are accepted` },
    ]);
  });

  it("guards JSON bodies, with JSON escapes decoded first", async () => {
    const error = await refusal(readJsonBody(post('{"name":"\\u0000"}'), Anything));
    expect(error.message).toBe("The request body holds something that cannot be accepted.");
    expect(error.issues).toEqual([{ path: "name", message: "contains a NUL character (U+0000), which cannot be stored" }]);
    expect((await refusal(readJsonBody(post('"\\ud800"'), Anything))).issues[0]?.path).toBe("(body)");
    expect(await readJsonBody(post('{"name":"\\ud83d\\ude42"}'), Anything)).toEqual({ name: "🙂" });
  });

  it("guards query strings, whatever schema reads them", async () => {
    const error = await refusal(() => readQuery(new Request("http://localhost/api/x?q=a%00b"), z.object({ q: z.string() })));
    expect(error.issues).toEqual([{ path: "q", message: "contains a NUL character (U+0000), which cannot be stored" }]);
  });

  it("reads a version number in a path within the column's range, naming the parameter otherwise", async () => {
    expect(readPathParam({ number: "2147483647" }, "number", VersionNumberParam)).toBe(2_147_483_647);
    for (const bad of ["2147483648", "0", "-1", "1e3", " 1", "0x10", ""]) {
      const error = await refusal(() => readPathParam({ number: bad }, "number", VersionNumberParam));
      expect(error.message, bad).toBe('The path parameter "number" is not valid.');
      expect(error.issues[0]?.path, bad).toBe("number");
    }
  });
});
