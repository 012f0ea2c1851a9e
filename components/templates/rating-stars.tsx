"use client";

import { Star } from "lucide-react";
import type { TemplateView } from "@/lib/domain/api";

/** The average rating; with `onRate`, five buttons to give one's own (keyboard-usable radio group). */
export function RatingStars({ rating, onRate, disabled }: { rating: TemplateView["rating"]; onRate?: (stars: number) => void; disabled?: boolean }) {
  const shown = rating.mine ?? Math.round(rating.average ?? 0);
  const summary = rating.count ? `${rating.average?.toFixed(1)} from ${rating.count} rating${rating.count === 1 ? "" : "s"}` : "Not rated yet";
  if (!onRate) {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-slate-600" title={summary}>
        <Star size={13} aria-hidden className={rating.count ? "fill-amber-400 text-amber-500" : "text-slate-300"} />
        {rating.count ? `${rating.average?.toFixed(1)} (${rating.count})` : "No ratings"}
      </span>
    );
  }
  return (
    <div className="flex items-center gap-2">
      <div role="radiogroup" aria-label="Your rating" className="flex">
        {[1, 2, 3, 4, 5].map((n) => (
          <button key={n} type="button" role="radio" aria-checked={rating.mine === n} aria-label={`${n} star${n === 1 ? "" : "s"}`}
            disabled={disabled} onClick={() => onRate(n)} className="rounded p-0.5 hover:bg-amber-50 disabled:opacity-50">
            <Star size={18} aria-hidden className={n <= shown ? "fill-amber-400 text-amber-500" : "text-slate-300"} />
          </button>
        ))}
      </div>
      <span className="text-xs text-slate-600">{summary}{rating.mine ? ` · yours: ${rating.mine}` : ""}</span>
    </div>
  );
}
