import { compareVersions, type VersionComparison } from "@/lib/domain/diff/compare-versions";
import type { ActorContext } from "../context";
import { findOwnTopology } from "../topologies/find";
import { rulePolicyOf } from "./review-policy";
import { loadVersion } from "./version-document";

/** Any two saved versions of a topology compared (either order), findings under the organisation's policy. */
export async function diffVersions(ctx: ActorContext, topologyId: string, from: number, to: number): Promise<VersionComparison> {
  await findOwnTopology(ctx, topologyId);
  const [a, b, policy] = await Promise.all([
    loadVersion(ctx.db, topologyId, from),
    loadVersion(ctx.db, topologyId, to),
    rulePolicyOf(ctx.db, ctx.organizationId),
  ]);
  return compareVersions(a, b, { policy });
}
