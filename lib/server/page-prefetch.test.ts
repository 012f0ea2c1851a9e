import { describe, expect, it } from "vitest";
import { GET as topologyRoute } from "@/app/api/topologies/[id]/route";
import { MATRIX_ACTORS } from "./authz/route-matrix";
import { readAsCaller } from "./page-prefetch";
import type { AccessWorld } from "./testing/access-world";
import { DATABASE_KINDS, type TestDatabase } from "./testing/databases";
import { callRoute, sessionCookieFor } from "./testing/sessions";
import { getTopology } from "./topologies/get-topology";
import { serveAccessWorld } from "./testing/served-world";

describe.each(DATABASE_KINDS)("reading a page's data on the server, on %s", (kind) => {
  let db: TestDatabase;
  let world: AccessWorld;

  serveAccessWorld(kind, (served, seeded) => {
    db = served;
    world = seeded;
  });

  // The designer page reads the topology this way: every caller must get from it exactly what the API would give
  // them, and nothing where the API refuses.
  it.each(MATRIX_ACTORS)("gives %s what GET /api/topologies/:id gives, or nothing where it refuses", async (actor) => {
    const cookie = actor === "anonymous" ? "" : await sessionCookieFor(db.prisma, world.users[actor].id);
    const response = await callRoute(topologyRoute, {
      method: "GET", route: "/api/topologies/[id]", params: { id: world.topologyId }, headers: cookie ? { cookie } : {},
    });
    const prefetched = await readAsCaller({ cookie, organization: null }, "topology.read", (caller) => getTopology(caller, world.topologyId));
    if (response.status === 200) expect(prefetched?.data).toEqual(await response.json());
    else expect(prefetched).toBeUndefined();
    expect(response.status).toBe(actor === "anonymous" ? 401 : actor === "otherOrg" ? 404 : 200);
  });

  it("decides the permission as routes do: refused, it reads nothing", async () => {
    const cookie = await sessionCookieFor(db.prisma, world.users.viewer.id);
    let read = false;
    const prefetched = await readAsCaller({ cookie, organization: null }, "topology.edit", async () => (read = true));
    expect(prefetched).toBeUndefined();
    expect(read).toBe(false);
  });

  it("does not hide failures that are not refusals", async () => {
    const cookie = await sessionCookieFor(db.prisma, world.users.owner.id);
    await expect(readAsCaller({ cookie, organization: null }, "topology.read", async () => { throw new TypeError("broken"); })).rejects.toThrow("broken");
  });
});
