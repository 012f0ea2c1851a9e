import { randomUUID } from "node:crypto";
import type { Permission } from "@/lib/domain/authz";
import type { ActorContext } from "./context";
import { AppError } from "./errors";
import { resolveActor } from "./http/actor";
import type { Caller } from "./http/caller";
import { currentCaller } from "./http/current-caller";

/** What a page read on the server, as the API would have sent it, and when (for the client cache's freshness). */
export interface Prefetched<T> {
  data: T;
  at: number;
}

/**
 * Reads a page's data while the page is rendered, deciding access exactly as the API route does (the same
 * `resolveActor`, from the request's own cookies), so the browser need not ask again before it can draw.
 * Refused or missing: undefined, and the page's client asks the API, which answers with the error it shows.
 */
export async function prefetchForPage<T>(permission: Permission, read: (actor: ActorContext) => Promise<T>): Promise<Prefetched<T> | undefined> {
  return readAsCaller(await currentCaller(), permission, read);
}

/** `prefetchForPage` for a given caller. */
export async function readAsCaller<T>(caller: Caller, permission: Permission, read: (actor: ActorContext) => Promise<T>): Promise<Prefetched<T> | undefined> {
  try {
    const actor = await resolveActor(caller, randomUUID(), permission);
    const data = await read(actor);
    // Exactly the JSON the route would answer with (dates as strings), as the client's types expect.
    return { data: JSON.parse(JSON.stringify(data)) as T, at: Date.now() };
  } catch (error) {
    if (error instanceof AppError) return undefined;
    throw error;
  }
}
