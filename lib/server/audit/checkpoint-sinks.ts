import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AuditCheckpointSchema, type AuditCheckpoint } from "@/lib/domain/audit";

/**
 * Sinks outside the database that keep a copy of every checkpoint, so deleting the database's copies
 * proves nothing away. The file is opened in append mode for each write (one JSON line per checkpoint).
 */
export function appendToFileSink(file: string, checkpoint: AuditCheckpoint): void {
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  appendFileSync(/*turbopackIgnore: true*/ file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

/** The checkpoints in a file sink (or an exported copy of one). Unreadable lines are reported, not skipped silently. */
export function readFileSink(file: string): { checkpoints: AuditCheckpoint[]; unreadable: number[] } {
  if (!existsSync(/*turbopackIgnore: true*/ file)) return { checkpoints: [], unreadable: [] };
  return parseCheckpointLines(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
}

export function parseCheckpointLines(text: string): { checkpoints: AuditCheckpoint[]; unreadable: number[] } {
  const checkpoints: AuditCheckpoint[] = [];
  const unreadable: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = AuditCheckpointSchema.safeParse(JSON.parse(line));
      if (parsed.success) checkpoints.push(parsed.data);
      else unreadable.push(i + 1);
    } catch {
      unreadable.push(i + 1);
    }
  });
  return { checkpoints, unreadable };
}

/** Sends a checkpoint to the operator's HTTP collector (a log pipeline, a SIEM); a failure is logged, not fatal. */
export async function postToHttpSink(url: string, checkpoint: AuditCheckpoint): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(checkpoint),
      signal: AbortSignal.timeout(5000),
      redirect: "error",
    });
    if (!response.ok) console.warn(`Audit checkpoint sink ${new URL(url).origin} answered ${response.status}`);
    return response.ok;
  } catch (error) {
    console.warn(`Audit checkpoint sink ${new URL(url).origin} is unreachable: ${(error as Error).message}`);
    return false;
  }
}
