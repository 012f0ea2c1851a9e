// meridian audit verify | keygen: checks an exported audit log against its signed checkpoints, offline, with
// nothing but the files and the public keys; and makes a signing key for a deployment.

import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import {
  AuditFileError, ChainVerifier, generateSigningKey, parseCheckpointFile, parseExportedLog, parsePublicKey, trustedKeys,
  type AuditCheckpoint, type ChainReport,
} from "../../domain/audit";
import { choiceOption, parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_FINDINGS, EXIT_OK, InputError, UsageError } from "../errors";
import { readInput } from "../io";

const HELP = `Usage: meridian audit verify --log <events.jsonl> --public-key <hex> [--checkpoints <file>] [options]
       meridian audit keygen [--out <file>]

verify   Recomputes every hash of an exported audit log (GET /api/audit/export) and holds the chain against
         the signed checkpoints (the server's checkpoint file, or GET /api/audit/checkpoints saved as JSON).
         Rewritten, cut-off or deleted history is reported with the first wrong sequence number.
         Exit 0 when the log holds, 1 when it does not, 2 for bad input.
  --log <file>           the exported log, one event per line ("-" for stdin); may be empty
  --checkpoints <file>   signed checkpoints; without them only the chain's own hashes are checked
  --public-key <hex>     a trusted signing key's public key (64 hex digits); repeat for retired keys
  --organization <id>    whose log this is (needed only when the log is empty and the checkpoints hold several)
  --format <text|json>   the verdict as text (default) or JSON

keygen   Makes an Ed25519 signing key for MERIDIAN_AUDIT_SIGNING_KEY: prints the public key, and writes the
         private key (64 hex digits) to --out, readable by its owner only, or prints it when --out is absent.
`;

export const auditCommand: Command = {
  name: "audit",
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === "-h" || sub === "--help") {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (sub === "verify") return verify(rest, io);
    if (sub === "keygen") return keygen(rest, io);
    throw new UsageError(`unknown audit command '${sub}' (verify, keygen)`, "audit");
  },
};

async function verify(args: readonly string[], io: Parameters<Command["run"]>[1]): Promise<number> {
  const { values } = parseCommandArgs("audit", args, {
    log: { type: "string" },
    checkpoints: { type: "string" },
    "public-key": { type: "string", multiple: true },
    organization: { type: "string" },
    format: { type: "string" },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const logPath = stringOption(values, "log");
  if (!logPath) throw new UsageError("--log <events.jsonl> is required", "audit");
  const keyTexts = (values["public-key"] as unknown as string[] | undefined) ?? [];
  const checkpointPath = stringOption(values, "checkpoints");
  if (checkpointPath && keyTexts.length === 0) throw new UsageError("--checkpoints needs the --public-key that signed them", "audit");
  const format = choiceOption("audit", values, "format", ["text", "json"] as const, "text");

  let keys;
  try {
    keys = trustedKeys(keyTexts.map(parsePublicKey));
  } catch (error) {
    throw new UsageError(`--public-key: ${(error as Error).message}`, "audit");
  }
  let events, checkpoints: AuditCheckpoint[];
  try {
    events = parseExportedLog((await readInput(logPath, io)).text);
    checkpoints = checkpointPath ? parseCheckpointFile((await readInput(checkpointPath, io)).text) : [];
  } catch (error) {
    if (error instanceof AuditFileError) throw new InputError(error.message);
    throw error;
  }
  const organizationId = stringOption(values, "organization") ?? events[0]?.organizationId ?? onlyOrganization(checkpoints);
  const verifier = new ChainVerifier(organizationId, checkpoints, keys);
  for (const event of events) if (!verifier.add(event)) break;
  const report = verifier.finish();
  io.stdout(format === "json" ? `${JSON.stringify({ format: "meridian-audit-verify/1", organizationId, ...report }, null, 2)}\n` : textReport(organizationId, report, checkpointPath !== undefined));
  return report.ok ? EXIT_OK : EXIT_FINDINGS;
}

function onlyOrganization(checkpoints: readonly AuditCheckpoint[]): string {
  const ids = [...new Set(checkpoints.map((c) => c.organizationId))];
  if (ids.length === 1) return ids[0]!;
  if (ids.length === 0) throw new InputError("the log is empty and there are no checkpoints: nothing to verify");
  throw new UsageError(`the log is empty and the checkpoints name ${ids.length} organisations: give --organization`, "audit");
}

function textReport(organizationId: string, r: ChainReport, hadCheckpoints: boolean): string {
  const lines = [`Organisation ${organizationId}: ${r.checked} events checked.`];
  const latest = r.checkpoints.latest;
  if (latest) lines.push(`Newest trusted checkpoint: event ${latest.seq}, signed ${latest.at} by key ${latest.keyId}; ${r.unanchored} later event(s) are covered by no checkpoint.`);
  else lines.push(hadCheckpoints ? "No checkpoint is signed by a trusted key: only the chain's own hashes were checked." : "No checkpoints given: only the chain's own hashes were checked.");
  if (r.checkpoints.unknownKey > 0) lines.push(`${r.checkpoints.unknownKey} checkpoint(s) signed by keys not given with --public-key were ignored.`);
  lines.push(r.ok ? "The log holds." : `BROKEN at event ${r.firstBroken!.seq}: ${r.firstBroken!.reason}.`);
  return `${lines.join("\n")}\n`;
}

async function keygen(args: readonly string[], io: Parameters<Command["run"]>[1]): Promise<number> {
  const { values } = parseCommandArgs("audit", args, { out: { type: "string" } });
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const key = generateSigningKey();
  const out = stringOption(values, "out");
  if (out) {
    try {
      await writeFile(resolve(io.cwd, out), `${bytesToHex(key.secretKey)}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      throw new InputError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code === "EEXIST" ? "it already exists" : (error as Error).message}`);
    }
    io.stdout(`Private key written to ${out} (set MERIDIAN_AUDIT_SIGNING_KEY_FILE to it).\nPublic key: ${bytesToHex(key.publicKey)}\nKey id: ${key.keyId}\n`);
  } else {
    io.stdout(`MERIDIAN_AUDIT_SIGNING_KEY=${bytesToHex(key.secretKey)}\nPublic key: ${bytesToHex(key.publicKey)}\nKey id: ${key.keyId}\n`);
  }
  return EXIT_OK;
}
