// A migration plan as a Markdown runbook: summary, numbered steps with their commands, checks and the quorum
// each leaves, then caveats and sources.

import type { MigrationPlan } from "./types";

export function renderRunbook(plan: MigrationPlan): string {
  const lines = [
    `# ${plan.title}`,
    "",
    plan.summary,
    "",
    `Continuity: ${plan.continuity === "same-chain" ? "the same chain carries on (history, addresses and chain id stay)" : `a new network (chain id ${plan.target.network.chainId}); history stays on the old chain`}.`,
    "",
    "## Steps",
  ];
  plan.steps.forEach((step, i) => {
    lines.push("", `### ${i + 1}. ${step.title}`, "");
    for (const action of step.actions) lines.push(`- ${action}`);
    if (step.commands?.length) lines.push("", "```sh", ...step.commands, "```");
    if (step.quorum) {
      const q = step.quorum;
      lines.push("", `Validators online during this step: ${q.online} of ${q.validators}; blocks need ${q.quorum}, so ${q.online - q.quorum} more may fail.`);
    }
    lines.push("", `Check before going on: ${step.check}`);
  });
  if (plan.caveats.length > 0) lines.push("", "## Caveats", "", ...plan.caveats.map((c) => `- ${c}`));
  lines.push("", "## Sources", "", ...plan.sources.map((s) => `- ${s.title}: ${s.url}`));
  return `${lines.join("\n")}\n`;
}
