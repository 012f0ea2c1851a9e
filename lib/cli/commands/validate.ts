// meridian validate <file>: runs the rule engine on a document or QDQ file and reports its findings and
// failure domains; exits 1 when a finding reaches --fail-on, so CI can gate on it.

import {
  OrgPolicySchema, RULE_PACKS, SEVERITY_RANK, validate, type Finding, type FindingTarget, type OrgPolicy, type Severity, type ValidationResult,
} from "../../domain/rules";
import { choiceOption, expectPositionals, listOption, parseCommandArgs, stringOption } from "../args";
import type { Command } from "../command";
import { EXIT_FINDINGS, EXIT_OK, InputError } from "../errors";
import { columns, plural } from "../format-text";
import { parseStructured, readInput, writeJson, type CliIo } from "../io";
import { loadTopology } from "../load-topology";
import { formatIssues } from "../../domain/schema";

const HELP = `Usage: meridian validate <file> [options]

Checks a topology (a Meridian document, or a QDQ file: EnhancedTopologyFile, topology.parameters.json,
DSL line; JSON or YAML) with Meridian's rules and reports whether it survives the loss of a region or a cloud.
<file> may be "-" for standard input.

Options:
  --format text|json         output format (default text)
  --packs gdpr,hipaa,soc2    compliance packs to run as well as those the document enables
  --policy <file>            an organisation policy (JSON or YAML): allowedProviders, allowedRegions
                             (provider:region), budgetMonthlyUsd, requiredTags, requiredTolerance
                             (none|region|provider), approvalsRequired (0-10, approvals before export)
  --fail-on warning|error    exit 1 when a finding is at least this severe (default error; info also works)
  -h, --help                 show this help

Exit codes: 0 no finding reaches --fail-on, 1 some do, 2 bad usage or unreadable/invalid input.
JSON output: {valid, findings: [{code, severity, pack, message, target, fix?}], failureDomains, summary, input}.
`;

const SEVERITIES = ["info", "warning", "error"] as const satisfies readonly Severity[];
const OPTIONAL_PACKS = RULE_PACKS;

export const validateCommand: Command = {
  name: "validate",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("validate", args, {
      format: { type: "string" },
      packs: { type: "string" },
      policy: { type: "string" },
      "fail-on": { type: "string" },
    });
    if (values.help) {
      io.stdout(HELP);
      return EXIT_OK;
    }
    const format = choiceOption("validate", values, "format", ["text", "json"] as const, "text");
    const packs = listOption("validate", values, "packs", OPTIONAL_PACKS);
    const failOn = choiceOption("validate", values, "fail-on", SEVERITIES, "error");
    const [file] = expectPositionals("validate", positionals, ["file"]);
    const policyPath = stringOption(values, "policy");
    const policy = policyPath !== undefined ? await readPolicy(policyPath, io) : undefined;

    const loaded = await loadTopology(file!, io);
    const result = validate(loaded.document, { packs, ...(policy ? { policy } : {}) });
    const failed = result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);

    if (format === "json") {
      writeJson(io, {
        valid: !failed,
        findings: result.findings.map(publicFinding),
        failureDomains: result.failureDomains,
        summary: { ...result.summary, failOn },
        input: { file, format: loaded.format, warnings: loaded.warnings },
      });
    } else {
      for (const w of loaded.warnings) io.stderr(`warning: ${w}\n`);
      io.stdout(textReport(file!, loaded.format, result, failOn, failed));
    }
    return failed ? EXIT_FINDINGS : EXIT_OK;
  },
};

function publicFinding(f: Finding) {
  return {
    code: f.code,
    severity: f.severity,
    pack: f.pack,
    message: f.message,
    target: f.target,
    ...(f.fix ? { fix: f.fix.label } : {}),
  };
}

export function targetLabel(target: FindingTarget): string {
  switch (target.kind) {
    case "document":
      return "document";
    case "network":
      return target.field ? `network.${target.field}` : "network";
    case "region":
      return `region ${target.id}`;
    case "nodeGroup":
      return `group ${target.id}`;
    case "link":
      return `link ${target.id}`;
  }
}

const FORMAT_LABELS: Readonly<Record<string, string>> = {
  "qdq-enhanced-topology-file": "EnhancedTopologyFile",
  "qdq-topology-parameters": "topology.parameters.json",
  "qdq-dsl": "DSL",
};

function textReport(file: string, format: string, result: ValidationResult, failOn: Severity, failed: boolean): string {
  const lines: string[] = [];
  const source = format === "meridian" ? "" : ` (imported from QDQ ${FORMAT_LABELS[format] ?? format})`;
  lines.push(`${file}${source}`, "");
  if (result.findings.length === 0) lines.push("No findings.");
  else {
    lines.push(
      columns(result.findings.map((f) => [f.severity, f.code, targetLabel(f.target), f.message + (f.fix ? ` Fix: ${f.fix.label}` : "")])),
    );
  }
  const fd = result.failureDomains;
  lines.push("", `Failure domains (${plural(fd.validators, "validator")}, ${fd.consensus}, quorum ${fd.quorum}, tolerates ${fd.tolerance} offline):`);
  if (fd.domains.length === 0) lines.push("  none to analyze");
  else {
    lines.push(columns(fd.domains.map((d) => [`  ${d.survives ? "survives" : "HALTS"}`, d.kind === "link" ? d.label : `${d.kind} ${d.label}`, d.reason])));
  }
  lines.push(fd.summary, "");
  const { errors, warnings, infos, packs } = result.summary;
  lines.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}; packs: ${packs.join(", ")}`);
  lines.push(failed ? `FAILED: findings at or above '${failOn}'` : `OK: nothing at or above '${failOn}'`);
  return `${lines.join("\n")}\n`;
}

/** The policy file, checked against OrgPolicySchema: one line per offending path, exit 2. */
async function readPolicy(path: string, io: CliIo): Promise<OrgPolicy> {
  const parsed = parseStructured(await readInput(path, io));
  const result = OrgPolicySchema.safeParse(parsed.kind === "data" ? parsed.value : parsed.text);
  if (result.success) return result.data;
  const issues = formatIssues(result.error);
  throw new InputError(
    `${path} is not a valid policy (${plural(issues.length, "problem")})`,
    issues.map((i) => (i.path === "(document)" ? i.message : `${i.path}: ${i.message}`)),
  );
}
