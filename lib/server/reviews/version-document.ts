import type { Prisma } from "@prisma/client";
import { readStoredDocument } from "@/lib/domain/schema";
import { NotFoundError } from "../errors";

/** A saved version's author and document (brought up to the current schema); the caller has scoped the topology. */
export async function loadVersion(db: Prisma.TransactionClient, topologyId: string, number: number) {
  const row = await db.topologyVersion.findUnique({ where: { topologyId_number: { topologyId, number } } });
  if (!row) throw new NotFoundError(`Version ${number}`);
  return { number: row.number, authorId: row.authorId, digest: row.digest, document: readStoredDocument(row.document, `topology ${topologyId} version ${number}`) };
}
