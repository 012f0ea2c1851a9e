import type { z } from "zod";
import { formatIssues } from "@/lib/domain/schema";
import { BadRequestError, PayloadTooLargeError } from "../errors";
import { ClientClosedRequestError } from "./client-abort";
import { assertStorableInput } from "./storable-input";

/** Large enough for a 10,000-node-group document, small enough to refuse abuse early. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Reads a JSON body without ever buffering more than the limit, refuses what the database could not store
 * (assertStorableInput), then validates it with a zod schema.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, limit = MAX_BODY_BYTES): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeError(limit);
  const text = await readLimited(request, limit);
  let json: unknown;
  try {
    json = text.length ? JSON.parse(text) : undefined;
  } catch (error) {
    throw new BadRequestError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (json === undefined) throw new BadRequestError("The request body is empty; JSON was expected.");
  assertStorableInput(json, "body");
  return parseWith(schema, json, "The request body is not valid.");
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, message: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new BadRequestError(message, formatIssues(result.error));
  return result.data;
}

/** Query-string parameters as an object, checked like a body, then validated by a zod schema. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  assertStorableInput(params, "query");
  return parseWith(schema, params, "The query parameters are not valid.");
}

/** One path parameter validated by a schema (a version number, say); the 400 names the parameter. */
export function readPathParam<S extends z.ZodType>(params: Record<string, string | string[]>, name: string, schema: S): z.output<S> {
  const result = schema.safeParse(params[name]);
  if (!result.success) {
    const issues = formatIssues(result.error).map((issue) => ({ ...issue, path: issue.path === "(document)" ? name : `${name}.${issue.path}` }));
    throw new BadRequestError(`The path parameter "${name}" is not valid.`, issues);
  }
  return result.data;
}

async function readLimited(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await readChunk(reader);
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A body stream only fails when the connection does: the caller went away mid-upload. */
async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>) {
  try {
    return await reader.read();
  } catch {
    throw new ClientClosedRequestError();
  }
}
