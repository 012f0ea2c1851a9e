import type { ReviewCommentView } from "@/lib/domain/api";

/** How many comments are pinned to each element id. */
export function commentCounts(comments: readonly ReviewCommentView[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of comments) if (c.target) counts.set(c.target.id, (counts.get(c.target.id) ?? 0) + 1);
  return counts;
}
