import { VersionDiffQuery } from "@/lib/domain/api";
import { readQuery } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";
import { diffVersions } from "@/lib/server/reviews/version-diff";

/** `?from=N&to=M`: structural diff of two versions with the change in cost, failure tolerance and findings. */
export const GET = withActor<{ id: string }>("topology.read", async (request, actor, { id }) => {
  const { from, to } = readQuery(request, VersionDiffQuery);
  return diffVersions(actor, id, from, to);
});
