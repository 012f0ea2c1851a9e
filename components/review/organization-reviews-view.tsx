"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useId, useState } from "react";
import { REVIEW_INVOLVEMENTS, REVIEW_STATUS_FILTERS, type ReviewInvolvement, type ReviewStatusFilter } from "@/lib/domain/api";
import { OrganizationReviewsPanel } from "./organization-reviews-panel";
import { DEFAULT_INVOLVEMENT, DEFAULT_STATUS, INVOLVEMENT_LABELS, STATUS_FILTER_LABELS } from "./review-list-filters";

interface Props {
  initialInvolving: ReviewInvolvement;
  initialStatus: ReviewStatusFilter;
}

const TAB =
  "-mb-px rounded-t border-b-2 border-transparent px-1 pb-2 text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 data-[state=active]:border-blue-700 data-[state=active]:font-medium data-[state=active]:text-slate-900";

/** The organisation's reviews: whose (tabs) and which status (a select), both kept in the URL. */
export function OrganizationReviewsView({ initialInvolving, initialStatus }: Props) {
  const [involving, setInvolving] = useState(initialInvolving);
  const [status, setStatus] = useState(initialStatus);
  const statusId = useId();
  const show = (next: { involving?: ReviewInvolvement; status?: ReviewStatusFilter }) => {
    const nextInvolving = next.involving ?? involving;
    const nextStatus = next.status ?? status;
    setInvolving(nextInvolving);
    setStatus(nextStatus);
    const url = new URL(window.location.href);
    for (const [key, value, fallback] of [["involving", nextInvolving, DEFAULT_INVOLVEMENT], ["status", nextStatus, DEFAULT_STATUS]] as const) {
      if (value === fallback) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    window.history.replaceState(null, "", url);
  };

  return (
    <section aria-labelledby="reviews-heading">
      <div className="mb-5">
        <h1 id="reviews-heading" className="text-xl font-semibold tracking-tight">Reviews</h1>
        <p className="text-sm text-slate-600">Reviews of every topology in your organisation, the most recently active first.</p>
      </div>
      <Tabs.Root value={involving} onValueChange={(value) => show({ involving: value as ReviewInvolvement })}>
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3 border-b border-slate-200">
          <Tabs.List aria-label="Whose reviews" className="flex gap-5">
            {REVIEW_INVOLVEMENTS.map((value) => (
              <Tabs.Trigger key={value} value={value} className={TAB}>{INVOLVEMENT_LABELS[value]}</Tabs.Trigger>
            ))}
          </Tabs.List>
          <div className="mb-2 flex items-center gap-2 text-sm text-slate-700">
            <label htmlFor={statusId}>Status</label>
            <select
              id={statusId}
              value={status}
              onChange={(event) => show({ status: event.target.value as ReviewStatusFilter })}
              className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm"
            >
              {REVIEW_STATUS_FILTERS.map((value) => (
                <option key={value} value={value}>{STATUS_FILTER_LABELS[value]}</option>
              ))}
            </select>
          </div>
        </div>
        {REVIEW_INVOLVEMENTS.map((value) => (
          <Tabs.Content key={value} value={value} className="rounded focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700">
            <OrganizationReviewsPanel
              involving={value}
              status={status}
              onShowAllStatuses={() => show({ status: "all" })}
              onShowAllReviews={() => show({ involving: "any" })}
            />
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </section>
  );
}
