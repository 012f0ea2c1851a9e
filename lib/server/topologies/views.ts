import type { Prisma } from "@prisma/client";
import type { TopologySummary, ValidationCounts, VersionSummary } from "@/lib/domain/api";

export function topologyView(t: Prisma.TopologyGetPayload<object>): TopologySummary {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    currentVersion: t.currentVersion,
    archived: t.archivedAt !== null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

type VersionRow = Prisma.TopologyVersionGetPayload<object>;
type Author = { id: string; name: string | null; email: string | null };

export function versionView(v: VersionRow, author: Author | undefined): VersionSummary {
  return {
    number: v.number,
    message: v.message,
    digest: v.digest,
    author: author ?? { id: v.authorId, name: null, email: null },
    createdAt: v.createdAt.toISOString(),
    validation: v.validation as unknown as ValidationCounts,
  };
}
