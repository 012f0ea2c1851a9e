// The layering check (.dependency-cruiser.cjs, run by `npm test` through `npm run check:layers`): the real tree
// passes, and every rule fails on a tree with a planted violation of it.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { cruise, type ICruiseOptions, type IReporterOutput } from "dependency-cruiser";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..");
const config = createRequire(import.meta.url)(join(ROOT, ".dependency-cruiser.cjs")) as { forbidden: { name: string }[]; options: ICruiseOptions };

async function violations(baseDir: string, paths: string[]): Promise<string[]> {
  const previous = process.cwd();
  process.chdir(baseDir);
  try {
    const options = { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, outputType: "json" } as ICruiseOptions;
    const out: IReporterOutput = await cruise(paths, options, undefined, { tsConfig: { fileName: join(baseDir, "tsconfig.json") } } as never);
    const result = typeof out.output === "string" ? JSON.parse(out.output) : out.output;
    return result.summary.violations.map((v: { rule: { name: string }; from: string; to: string }) => `${v.rule.name}: ${v.from} -> ${v.to}`);
  } finally {
    process.chdir(previous);
  }
}

describe("the layers", () => {
  it("hold in this repository", async () => {
    expect(await violations(ROOT, ["lib", "components", "app"])).toEqual([]);
  }, 120_000);

  const planted = mkdtempSync(join(tmpdir(), "meridian-layers-"));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(planted, path)), { recursive: true });
    writeFileSync(join(planted, path), text);
  };
  symlinkSync(join(ROOT, "node_modules"), join(planted, "node_modules"), "dir");
  write("tsconfig.json", JSON.stringify({ compilerOptions: { module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", baseUrl: ".", paths: { "@/*": ["./*"] } } }));
  write("lib/domain/uses-react.ts", 'import { useState } from "react";\nexport const x = useState;\n');
  write("lib/domain/uses-fs.ts", 'import { readFileSync } from "node:fs";\nexport const y = readFileSync;\n');
  write("lib/domain/reaches-up.ts", 'import { z } from "@/lib/server/thing";\nexport const w = z;\n');
  write("lib/server/thing.ts", 'import "server-only";\nexport const z = 1;\n');
  write("lib/server/page.ts", 'import { p } from "../../components/panel";\nexport const q = p;\n');
  write("components/panel.tsx", 'import { z } from "../lib/server/thing";\nexport const p = z;\n');
  write("lib/cli/command.ts", 'import { w } from "../domain/reaches-up";\nexport const c = w;\n');
  write("lib/cli/direct.ts", 'import { z } from "../server/thing";\nexport const d = z;\n');
  write("lib/domain/a.ts", 'import type { B } from "./b";\nexport type A = { b?: B };\n');
  write("lib/domain/b.ts", 'import type { A } from "./a";\nexport type B = { a?: A };\n');

  it("fail on a planted violation of every rule", async () => {
    const found = await violations(planted, ["lib", "components"]);
    const rules = new Set(found.map((v) => v.slice(0, v.indexOf(":"))));
    expect([...rules].sort()).toEqual(config.forbidden!.map((r) => r.name).sort());
    expect(found.some((v) => /^domain-is-pure: lib\/domain\/uses-react\.ts -> .*node_modules\/react\//.test(v))).toBe(true);
    expect(found).toContain("ui-never-imports-server: components/panel.tsx -> lib/server/thing.ts");
  }, 120_000);
});
