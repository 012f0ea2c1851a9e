import { Prisma } from "@prisma/client";

/**
 * Whether an error is a unique violation of the named index or constraint. The PostgreSQL adapter reports
 * one as P2002; the PGlite adapter passes PostgreSQL's own error (code 23505) through. Both carry the
 * index name in the database's message.
 */
export function violatesUniqueIndex(error: unknown, indexName: string): boolean {
  const quoted = `"${indexName}"`;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta?.driverAdapterError as { cause?: { originalMessage?: string } } | undefined)?.cause;
    return error.code === "P2002" && (cause?.originalMessage ?? error.message).includes(quoted);
  }
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  return cause?.code === "23505" && typeof cause.message === "string" && cause.message.includes(quoted);
}
