import type { Finding, Severity } from "@/lib/domain/rules";
import { SEVERITY_RANK } from "@/lib/domain/rules";

export interface ElementBadge {
  severity: Severity;
  count: number;
  messages: string[];
}

/** The worst severity and the messages of the findings about each element, for badges on the canvas. */
export function badgesByElement(findings: readonly Finding[]): Map<string, ElementBadge> {
  const badges = new Map<string, ElementBadge>();
  for (const finding of findings) {
    const target = finding.target;
    const id = "id" in target ? target.id : undefined;
    if (!id) continue;
    const badge = badges.get(id);
    if (!badge) badges.set(id, { severity: finding.severity, count: 1, messages: [finding.message] });
    else {
      badge.count += 1;
      if (badge.messages.length < 5) badge.messages.push(finding.message);
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[badge.severity]) badge.severity = finding.severity;
    }
  }
  return badges;
}
