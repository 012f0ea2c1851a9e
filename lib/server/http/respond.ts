import { AppError } from "../errors";

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

/** Every error becomes JSON with a code and a message; unexpected ones are logged, never leaked. */
export function errorResponse(error: unknown, requestId: string): Response {
  if (error instanceof AppError) {
    return json({ error: { code: error.code, message: error.message, ...error.details }, requestId }, error.status, {
      "x-request-id": requestId,
    });
  }
  console.error(`[${requestId}] unhandled error`, error);
  return json(
    { error: { code: "internal", message: "Something went wrong on our side. The request id helps us find it." }, requestId },
    500,
    { "x-request-id": requestId },
  );
}
