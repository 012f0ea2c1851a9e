import type { Role } from "@prisma/client";
import type { Db } from "./db";

/** Who is acting, in which organisation: every use case takes it, so tenant scope is explicit. */
export interface ActorContext {
  db: Db;
  requestId: string;
  organizationId: string;
  role: Role;
  user: { id: string; email: string | null; name: string | null };
}
