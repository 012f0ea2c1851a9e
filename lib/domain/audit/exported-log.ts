// The exported audit log (GET /api/audit/export, one JSON event per line) and the checkpoints beside it,
// read back for offline verification.

import { z } from "zod";
import type { ChainedEvent } from "./chain";
import { AuditCheckpointSchema, type AuditCheckpoint } from "./checkpoint";

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ExportedAuditEventSchema = z.object({
  id: z.string(),
  organizationId: z.string().min(1),
  seq: z.number().int().min(1),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  requestId: z.string(),
  occurredAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  data: z.unknown(),
  prevHash: Hex64,
  hash: Hex64,
});

export class AuditFileError extends Error {
  override name = "AuditFileError";
}

function lines(text: string): [number, string][] {
  return text.split("\n").map((line, i): [number, string] => [i + 1, line]).filter(([, line]) => line.trim() !== "");
}

function parseLine(line: string, lineNo: number, what: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new AuditFileError(`line ${lineNo} of the ${what} is not JSON`);
  }
}

/** The events of an exported log, in file order; a line that is not an event stops reading with its number. */
export function parseExportedLog(text: string): ChainedEvent[] {
  return lines(text).map(([lineNo, line]) => {
    const parsed = ExportedAuditEventSchema.safeParse(parseLine(line, lineNo, "log"));
    if (!parsed.success) throw new AuditFileError(`line ${lineNo} of the log is not an audit event (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`);
    return parsed.data as ChainedEvent;
  });
}

/** Checkpoints as the file sink writes them (JSON lines) or as GET /api/audit/checkpoints answers ({ checkpoints }). */
export function parseCheckpointFile(text: string): AuditCheckpoint[] {
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    whole = undefined; // several lines: the sink's own format
  }
  const list = (whole as { checkpoints?: unknown } | undefined)?.checkpoints;
  if (Array.isArray(list)) return readCheckpoints(list.map((c, i): [number, unknown] => [i + 1, c]), "entry");
  return readCheckpoints(lines(text).map(([n, line]) => [n, parseLine(line, n, "checkpoint file")]), "line");
}

function readCheckpoints(items: [number, unknown][], unit: string): AuditCheckpoint[] {
  return items.map(([n, value]) => {
    const parsed = AuditCheckpointSchema.safeParse(value);
    if (!parsed.success) throw new AuditFileError(`${unit} ${n} of the checkpoint file is not a checkpoint (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message})`);
    return parsed.data;
  });
}
