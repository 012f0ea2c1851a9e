import type { PathIssue } from "@/lib/domain/schema";

/** An API error as the server describes it: a code, a message and, for bad input, one issue per path. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: PathIssue[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { accept: "application/json", ...(json !== undefined && { "content-type": "application/json" }), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
    credentials: "same-origin",
  });
  const text = await response.text();
  if (!response.ok) throw apiErrorOf(response, text);
  return (text ? safeJson(text) : null) as T;
}

/** The ApiError for a failed response (its body's text); a 401 also sends the browser to sign in. */
export function apiErrorOf(response: Response, text: string): ApiError {
  const body = text ? safeJson(text) : null;
  const error = (body as { error?: { code?: string; message?: string; issues?: PathIssue[] } } | null)?.error;
  if (response.status === 401 && typeof window !== "undefined") {
    window.location.assign(`/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }
  return new ApiError(
    response.status,
    error?.code ?? "http_error",
    error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    error?.issues ?? [],
    (error ?? {}) as Record<string, unknown>,
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { error: { message: text.slice(0, 300) } };
  }
}
