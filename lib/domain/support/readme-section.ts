// The support data as Markdown for the data README: every status with when, what changed and the sources, plus
// the release pins. Generated, so the README and the data cannot disagree (a test compares them).

import { BESU_REMOVALS } from "./besu-removals";
import { formatSupportDate } from "./queries";
import { RELEASES, RELEASES_CHECKED_ON } from "./releases";
import { SUPPORT_ENTRIES } from "./support-data";

export const README_BEGIN = "<!-- support:begin (generated from lib/domain/support; do not edit by hand) -->";
export const README_END = "<!-- support:end -->";

export function supportReadmeSection(): string {
  const lines = [README_BEGIN, "", "### Status of each choice", ""];
  for (const entry of SUPPORT_ENTRIES) {
    lines.push(`#### ${entry.label}: ${entry.status}`, "");
    for (const change of entry.history) {
      const when = `${change.version ? `${change.version}, ` : ""}${formatSupportDate(change.date)}`;
      lines.push(`- ${change.status} (${when}): ${change.note}.`);
      for (const s of change.sources) lines.push(`  - ${s.title}: <${s.url}>`);
    }
    if (entry.replacement) lines.push(`- Replacement: ${entry.replacement.label} (migration \`${entry.replacement.migration}\`).`);
    if (entry.lastRelease) lines.push(`- Kept existing networks run \`${RELEASES[entry.lastRelease].repository}:${RELEASES[entry.lastRelease].tag}\`.`);
    lines.push("");
  }
  lines.push(`### Release pins (checked ${RELEASES_CHECKED_ON})`, "", "| Image | Why | Source |", "|---|---|---|");
  for (const pin of Object.values(RELEASES)) lines.push(`| \`${pin.repository}:${pin.tag}\` | ${pin.why} | <${pin.source}> |`);
  lines.push("", "### What Besu no longer accepts (exports never generate it for a release that refuses it)", "", "| Removed | Kind | In | Source |", "|---|---|---|---|");
  for (const r of BESU_REMOVALS) lines.push(`| \`${r.name}\` | ${r.kind} | ${r.removedIn} | <${r.source}> |`);
  lines.push("", README_END);
  return lines.join("\n");
}
