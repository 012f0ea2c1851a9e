import Link from "next/link";
import { Time } from "@/components/ui/time";
import type { ReviewSummary } from "@/lib/domain/api";
import { ReviewStatusBadge } from "./review-status-badge";

const person = (p: { name: string | null; email: string | null }) => p.name ?? p.email ?? "someone";

/** Reviews of a topology, each a link to its page: version, status, who asked whom, when. */
export function ReviewList({ reviews, label }: { reviews: ReviewSummary[]; label: string }) {
  return (
    <ul aria-label={label} className="divide-y divide-slate-100">
      {reviews.map((r) => (
        <li key={r.id} className="py-2">
          <div className="flex items-center gap-2">
            <Link href={`/reviews/${r.id}`} className="text-sm font-medium text-blue-800 hover:underline">Review of version {r.version}</Link>
            <ReviewStatusBadge status={r.status} />
            {r.latestVersion > r.version ? <span className="text-xs text-slate-600">version {r.latestVersion} is newer</span> : null}
          </div>
          <p className="text-xs text-slate-600">
            {person(r.requestedBy)} asked {r.reviewers.map(person).join(", ")} · <Time iso={r.createdAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}
