import type { PathIssue } from "@/lib/domain/schema";

/** Errors a use case may raise; the route wrapper turns each into its HTTP status. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, readonly issues: PathIssue[] = []) {
    super(400, "bad_request", message, issues.length ? { issues } : undefined);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super(401, "unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, details?: Record<string, unknown>, code = "forbidden") {
    super(403, code, message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, "not_found", `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, "conflict", message, details);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, "payload_too_large", `The request body is larger than the ${Math.round(limitBytes / 1024)} KiB limit.`);
  }
}
