import { AppError } from "../errors";

/**
 * The caller went away before the request was read or answered (a closed tab, a cancelled fetch). Nothing
 * is wrong on our side and nobody reads the answer, so it is not logged: 499, as proxies record it.
 */
export class ClientClosedRequestError extends AppError {
  constructor() {
    super(499, "client_closed_request", "The client closed the connection before the request was complete.");
  }
}

// What Node's HTTP server, undici's streams and Next's adapter throw when the connection goes away.
const ABORT_CODES = new Set(["ECONNRESET", "ECONNABORTED", "EPIPE", "ERR_STREAM_PREMATURE_CLOSE", "UND_ERR_ABORTED", "UND_ERR_SOCKET", "ABORT_ERR"]);
const ABORT_NAMES = new Set(["AbortError", "ResponseAborted"]);
const ABORT_MESSAGES = new Set(["aborted", "terminated", "socket hang up"]);

/** Whether an error is the connection going away rather than a fault: by its name, code or message, or its cause's. */
export function isClientAbort(error: unknown, request?: Request): boolean {
  if (request?.signal?.aborted && error === request.signal.reason) return true;
  for (let at = error, hops = 0; typeof at === "object" && at !== null && hops < 4; at = (at as { cause?: unknown }).cause, hops++) {
    const { name, code, message } = at as { name?: unknown; code?: unknown; message?: unknown };
    if (typeof name === "string" && ABORT_NAMES.has(name)) return true;
    if (typeof code === "string" && ABORT_CODES.has(code)) return true;
    if (typeof message === "string" && ABORT_MESSAGES.has(message)) return true;
  }
  return false;
}
