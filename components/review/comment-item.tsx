import { Time } from "@/components/ui/time";
import type { ReviewCommentView } from "@/lib/domain/api";

/** One comment: who, when, on which version, and what they said. */
export function CommentItem({ comment, currentVersion }: { comment: ReviewCommentView; currentVersion: number }) {
  return (
    <li className="py-1.5" data-testid="review-comment">
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-800">{comment.author.name ?? comment.author.email}</span> · <Time iso={comment.createdAt} />
        {comment.version !== currentVersion ? <span className="ml-1 rounded bg-slate-100 px-1 text-[11px]">on v{comment.version}</span> : null}
      </p>
      <p className="whitespace-pre-wrap break-words text-sm text-slate-900">{comment.body}</p>
    </li>
  );
}
