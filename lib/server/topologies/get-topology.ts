import { readStoredDocument } from "@/lib/domain/schema";
import type { ActorContext } from "../context";
import { NotFoundError } from "../errors";
import { findOwnTopology } from "./find";
import { topologyView, versionView } from "./views";

/** A topology with its newest version's document. */
export async function getTopology(ctx: ActorContext, topologyId: string) {
  const topology = await findOwnTopology(ctx, topologyId);
  const version = await getVersion(ctx, topologyId, topology.currentVersion);
  return { topology: topologyView(topology), ...version };
}

export async function listVersions(ctx: ActorContext, topologyId: string) {
  await findOwnTopology(ctx, topologyId);
  const versions = await ctx.db.topologyVersion.findMany({
    where: { topologyId },
    orderBy: { number: "desc" },
    omit: { document: true },
  });
  const authors = await authorsById(ctx, versions.map((v) => v.authorId));
  return { versions: versions.map((v) => versionView({ ...v, document: null }, authors.get(v.authorId))) };
}

export async function getVersion(ctx: ActorContext, topologyId: string, number: number) {
  await findOwnTopology(ctx, topologyId);
  const version = await ctx.db.topologyVersion.findUnique({ where: { topologyId_number: { topologyId, number } } });
  if (!version) throw new NotFoundError(`Version ${number}`);
  const authors = await authorsById(ctx, [version.authorId]);
  return {
    version: versionView(version, authors.get(version.authorId)),
    document: readStoredDocument(version.document, `topology ${topologyId} version ${number}`),
  };
}

async function authorsById(ctx: ActorContext, ids: string[]) {
  const users = await ctx.db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u]));
}
