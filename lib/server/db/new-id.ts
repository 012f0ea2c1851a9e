import { randomBytes } from "node:crypto";

/**
 * An id for rows written by plain SQL, in the shape of Prisma's cuid() ids (a "c", a base-36 time, random
 * base-36): 25 characters, roughly ordered by creation, unguessable.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`).toString(36).padStart(15, "0").slice(-15);
  return `c${time}${random}`;
}
