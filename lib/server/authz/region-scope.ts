import { changedElements, type DocumentChanges, type ElementChange } from "@/lib/domain/diff/changed-elements";
import type { TopologyDocument } from "@/lib/domain/schema";
import { ForbiddenError } from "../errors";
import { describeScope, isScoped, regionInScope, type MembershipScope } from "@/lib/domain/authz";
import type { RegionKey } from "@/lib/domain/region-key";

const KIND_LABEL: Record<ElementChange["kind"], string> = { region: "region", nodeGroup: "node group", link: "link" };

export interface ScopeViolation {
  /** Region keys outside the scope that the change touches, sorted. */
  regions: RegionKey[];
  /** The elements that touch them. */
  elements: { kind: ElementChange["kind"]; id: string; change: ElementChange["change"]; regionKeys: RegionKey[] }[];
  /** Document-level settings changed, which a region-scoped member may not change at all. */
  settings: string[];
}

/** What in a set of changes a scoped member may not do; null when everything is inside their scope. */
export function scopeViolation(scope: MembershipScope, changes: DocumentChanges): ScopeViolation | null {
  if (!isScoped(scope)) return null;
  const elements = changes.elements.filter((e) => e.regionKeys.some((key) => !regionInScope(scope, key)));
  const regions = [...new Set(elements.flatMap((e) => e.regionKeys.filter((key) => !regionInScope(scope, key))))].sort();
  if (elements.length === 0 && changes.settings.length === 0) return null;
  return { regions, elements, settings: [...changes.settings] };
}

/**
 * Refuses (403) a save by a region-scoped member that touches anything outside their regions, naming
 * the regions and elements. Unrestricted members pass without a diff being computed.
 */
export function assertChangeWithinScope(scope: MembershipScope | undefined, base: TopologyDocument | null, next: TopologyDocument): void {
  if (!scope || !isScoped(scope)) return;
  const violation = scopeViolation(scope, changedElements(base, next));
  if (!violation) return;
  const allowed = describeScope(scope);
  if (violation.regions.length > 0) {
    const first = violation.elements[0]!;
    const more = violation.elements.length > 1 ? ` and ${violation.elements.length - 1} more` : "";
    throw new ForbiddenError(
      `Your membership may change only ${allowed}; this change touches ${violation.regions.join(", ")} ` +
        `(${KIND_LABEL[first.kind]} "${first.id}"${more}).`,
      { regions: violation.regions, elements: violation.elements, settings: violation.settings },
      "region_forbidden",
    );
  }
  throw new ForbiddenError(
    `Your membership may change only ${allowed}: network-level settings (${violation.settings.join(", ")}) need an unrestricted membership.`,
    { regions: [], elements: [], settings: violation.settings },
    "region_forbidden",
  );
}
