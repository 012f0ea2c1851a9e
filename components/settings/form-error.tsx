import { ApiError } from "@/lib/client/api";

/** An API (or network) error where it happened: the server's message and, for bad input, each issue. */
export function FormError({ error, id, prefix }: { error: unknown; id?: string; prefix?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div id={id} role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-sev-error">
      <p>
        {prefix ? `${prefix} ` : ""}
        {message}
      </p>
      {issues.length ? (
        <ul className="mt-1 list-disc pl-5">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path ? <code className="font-mono text-xs">{issue.path}</code> : null}
              {issue.path ? ": " : ""}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
