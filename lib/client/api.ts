import type { z } from "zod";
import { ApiErrorBodySchema, type ApiErrorBody } from "@/lib/domain/api";
import { formatIssues, type PathIssue } from "@/lib/domain/schema";

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

/** The code of an ApiError for an answer that is not what this client expects (an older or newer server, a proxy page). */
export const BAD_RESPONSE = "bad_response";

/**
 * Calls the API and parses its JSON answer with `schema`: what the caller gets is checked, never cast. A failed
 * call throws the server's ApiError; an answer that does not match throws ApiError `bad_response`.
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit & { json?: unknown } = {},
): Promise<z.output<S>> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { accept: "application/json", ...(json !== undefined && { "content-type": "application/json" }), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
    credentials: "same-origin",
  });
  const text = await response.text();
  if (!response.ok) throw apiErrorOf(response, text);
  return parseAnswer(path, response.status, text, schema);
}

/** A successful response's text parsed with `schema`; ApiError `bad_response` when it is not JSON or does not match. */
export function parseAnswer<S extends z.ZodType>(path: string, status: number, text: string, schema: S): z.output<S> {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(status, BAD_RESPONSE, `The server's answer to ${pathOnly(path)} is not JSON.`);
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = formatIssues(parsed.error);
  const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  // The response's issues stay in details: `issues` is for the request's own fields, which forms show beside inputs.
  throw new ApiError(status, BAD_RESPONSE, `The server's answer to ${pathOnly(path)} is not what this page expects: ${shown}${more}.`, [], {
    path: pathOnly(path),
    issues,
  });
}

/** The path without its query, which may be long (filters) and says nothing about the shape. */
function pathOnly(path: string): string {
  return path.split("?")[0]!;
}

/** The ApiError for a failed response (its body's text); a 401 also sends the browser to sign in. */
export function apiErrorOf(response: Response, text: string): ApiError {
  if (response.status === 401 && typeof window !== "undefined") {
    window.location.assign(`/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }
  const error = errorBodyOf(text);
  return new ApiError(
    response.status,
    error?.code ?? "http_error",
    error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    error?.issues ?? [],
    error ?? {},
  );
}

/** The `error` object of a failed response; a body that is not the API's (a proxy's page) gives its text as the message. */
function errorBodyOf(text: string): ApiErrorBody["error"] | undefined {
  if (!text) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { message: text.slice(0, 300) };
  }
  const parsed = ApiErrorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.error : undefined;
}
