// The zip: same files and bytes as the bundle, Unix modes in the central directory (read here byte by byte,
// as unzip does), and the same bytes every time.

import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileBytes } from "./manifest";
import { bundleOf } from "./testing/bundles";
import { zipExport } from "./zip";

interface CentralEntry {
  readonly name: string;
  readonly madeBy: number;
  readonly mode: number;
  readonly dosDate: number;
}

/** The central directory's entries: "version made by" host, the Unix mode (external attributes >> 16), the DOS date. */
function centralDirectory(zip: Uint8Array): CentralEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength)),
      madeBy: view.getUint8(offset + 5),
      mode: view.getUint32(offset + 38, true) >>> 16,
      dosDate: view.getUint32(offset + 12, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe("zipExport", () => {
  const result = bundleOf("goquorum-raft-private");
  const zip = zipExport(result);

  it("holds every file of the bundle, byte for byte, at its bundle path", () => {
    const unzipped = unzipSync(zip);
    const files = Object.entries(unzipped).filter(([name]) => !name.endsWith("/"));
    expect(files.map(([name]) => name).sort()).toEqual(result.files.map((f) => f.path));
    for (const f of result.files) expect(unzipped[f.path], f.path).toEqual(fileBytes(f));
  });

  it("has a folder per target, with private keys 0600 in 0700 folders, scripts 0755 and the rest 0644", () => {
    const entries = centralDirectory(zip);
    const byName = new Map(entries.map((e) => [e.name, e]));
    for (const dir of ["terraform/", "k8s/", "compose/", "genesis/", "keys/", "qdq/"]) expect(byName.get(dir)?.mode, dir).toBe(dir === "keys/" ? 0o040700 : 0o040755);
    for (const e of entries) expect(e.madeBy, e.name).toBe(3);
    for (const f of result.files) {
      const mode = byName.get(f.path)!.mode;
      if (f.sensitive) expect(mode, f.path).toBe(0o100600);
      else if (f.path.endsWith(".sh")) expect(mode, f.path).toBe(0o100755);
      else expect(mode, f.path).toBe(0o100644);
    }
    expect(byName.get("keys/member-belgium-1/")!.mode).toBe(0o040700);
    expect(byName.get("keys/member-belgium-1/tm.key")!.mode).toBe(0o100600);
    expect(byName.get("k8s/belgium/create-secrets.sh")!.mode).toBe(0o100755);
  });

  it("stamps every entry with the same time and zips to the same bytes every time", () => {
    const dates = new Set(centralDirectory(zip).map((e) => e.dosDate));
    expect(dates.size).toBe(1);
    expect(zipExport(result)).toEqual(zip);
    expect(zipExport({ files: [...result.files].reverse() })).toEqual(zip);
  });
});
