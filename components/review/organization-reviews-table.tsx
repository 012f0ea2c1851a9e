import Link from "next/link";
import { Time } from "@/components/ui/time";
import type { ReviewListItem } from "@/lib/domain/api";
import { ReviewStatusBadge } from "./review-status-badge";
import { ReviewerChips } from "./reviewer-chips";

const person = (p: { name: string | null; email: string | null }) => p.name ?? p.email ?? "Someone";
const HEAD = "px-3 py-2 text-xs font-medium uppercase tracking-wide text-slate-600";

/** Reviews across topologies, one row each: what is reviewed, its status, who asked whom, how much talk, when last touched. */
export function OrganizationReviewsTable({ reviews, caption }: { reviews: readonly ReviewListItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="organization-reviews">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={`${HEAD} text-left`}>Review</th>
            <th scope="col" className={`${HEAD} text-left`}>Status</th>
            <th scope="col" className={`${HEAD} text-left`}>Requested by</th>
            <th scope="col" className={`${HEAD} text-left`}>Reviewers</th>
            <th scope="col" className={`${HEAD} text-right`}>Comments</th>
            <th scope="col" className={`${HEAD} text-left`}>Last activity</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reviews.map((r) => (
            <tr key={r.id} className="align-top hover:bg-slate-50">
              <th scope="row" className="px-3 py-2.5 text-left font-normal">
                <Link href={`/reviews/${r.id}`} className="font-medium text-blue-800 hover:underline">
                  {r.topologyName}, version {r.version}
                </Link>
                {r.latestVersion > r.version ? <p className="text-xs text-slate-600">version {r.latestVersion} is newer</p> : null}
              </th>
              <td className="px-3 py-2.5"><ReviewStatusBadge status={r.status} /></td>
              <td className="px-3 py-2.5 text-slate-700">{person(r.requestedBy)}</td>
              <td className="px-3 py-2.5"><ReviewerChips reviewers={r.reviewers} /></td>
              <td className="px-3 py-2.5 text-right tabular-nums text-slate-700" data-testid="review-comment-count">{r.commentCount}</td>
              <td className="whitespace-nowrap px-3 py-2.5 text-slate-600"><Time iso={r.lastActivityAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
