// The bundle as one zip: the same paths as the folder tree (a folder per target, README.md, manifest.json and
// SHA256SUMS at the top, so `sha256sum -c SHA256SUMS` works right after unzipping). Unix modes travel in
// the entries: private key files 0600 in a 0700 keys/ tree, scripts 0755, the rest 0644. Every entry has
// the same timestamp, so one bundle always zips to the same bytes.

import { zipSync, type ZipOptions } from "fflate";
import { byPath, fileBytes } from "./manifest";
import type { ExportFile, ExportResult } from "./types";

/** "Made by" Unix: unzip and Python's zipfile then apply the modes below. */
const UNIX = 3;
const FILE = 0o100000;
const DIRECTORY = 0o040000;
/**
 * 2000-01-01 00:00 in local time: zip (DOS) timestamps are local wall-clock time, and fflate reads the
 * date's local fields, so a date made from local fields writes the same bytes in every time zone.
 */
const TIMESTAMP = new Date(2000, 0, 1, 0, 0, 0);

export function fileMode(file: ExportFile): number {
  if (file.sensitive) return 0o600;
  return file.executable ? 0o755 : 0o644;
}

export function directoryMode(path: string): number {
  return path === "keys" || path.startsWith("keys/") ? 0o700 : 0o755;
}

function attributes(mode: number, level: ZipOptions["level"]): ZipOptions {
  // The Unix mode sits in the upper 16 bits of the external attributes (multiplied: << would overflow to a negative number).
  return { os: UNIX, attrs: mode * 0x10000, mtime: TIMESTAMP, level };
}

export function zipExport(result: Pick<ExportResult, "files">): Uint8Array {
  const files = [...result.files].sort(byPath);
  const directories = new Set<string>();
  for (const f of files) {
    const parts = f.path.split("/");
    for (let i = 1; i < parts.length; i += 1) directories.add(parts.slice(0, i).join("/"));
  }
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  // Directories first (sorted, so parents precede children), then files in path order.
  for (const dir of [...directories].sort()) entries[`${dir}/`] = [new Uint8Array(0), attributes(DIRECTORY | directoryMode(dir), 0)];
  for (const f of files) entries[f.path] = [fileBytes(f), attributes(FILE | fileMode(f), 6)];
  return zipSync(entries);
}
