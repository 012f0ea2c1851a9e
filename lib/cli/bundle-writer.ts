// Writes an export bundle to disk: as a folder tree (private key files 0600 in 0700 folders, scripts 0755,
// everything else 0644) or as one zip file. Refuses to mix a bundle into a folder that holds other files,
// or to replace a file, unless forced.

import { chmod, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { directoryMode, fileMode } from "../domain/export/zip";
import type { ExportFile } from "../domain/export/types";
import { InputError } from "./errors";

/** `shown` is the path as the user wrote it, for messages. */
export async function writeBundleTree(dir: string, files: readonly ExportFile[], force: boolean, shown = dir): Promise<void> {
  await checkTarget(dir, shown, "directory", force);
  await mkdir(dir, { recursive: true });
  const made = new Set<string>();
  for (const file of files) {
    const parts = file.path.split("/");
    if (parts.some((p) => p === "" || p === "." || p === "..")) throw new Error(`unsafe bundle path ${file.path}`);
    for (let i = 1; i < parts.length; i += 1) {
      const relative = parts.slice(0, i).join("/");
      if (made.has(relative)) continue;
      const full = join(dir, relative);
      await mkdir(full, { recursive: true });
      await chmod(full, directoryMode(relative));
      made.add(relative);
    }
    const full = join(dir, ...parts);
    // chmod after writing: the mode option is filtered by the umask and ignored for a file that already exists.
    await writeFile(full, file.contents, { mode: fileMode(file) });
    await chmod(full, fileMode(file));
  }
}

export async function writeZipFile(path: string, zip: Uint8Array, force: boolean, shown = path): Promise<void> {
  await checkTarget(path, shown, "file", force);
  await mkdir(dirname(resolve(path)), { recursive: true });
  // The zip holds private keys: readable by its owner only.
  await writeFile(path, zip, { mode: 0o600 });
  await chmod(path, 0o600);
}

async function checkTarget(path: string, shown: string, kind: "directory" | "file", force: boolean): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return; // Nothing there yet.
  }
  if (kind === "directory") {
    if (!info.isDirectory()) throw new InputError(`${shown} exists and is not a directory`);
    if (!force && (await readdir(path)).length > 0) throw new InputError(`${shown} is not empty; choose an empty or new directory, or add --force to write into it`);
  } else {
    if (info.isDirectory()) throw new InputError(`${shown} is a directory, not a zip file name`);
    if (!force) throw new InputError(`${shown} already exists; add --force to replace it`);
  }
}
