import { expect, test, type APIRequestContext } from "@playwright/test";
import { signInApi } from "./testing/session";

const starter = (name: string) => ({
  schemaVersion: 1,
  name,
  network: { client: "besu", consensus: "qbft", chainId: 1337 },
  regions: [{ id: "eastus", provider: "azure", region: "eastus", primary: true, cidr: "10.1.0.0/16" }],
  nodeGroups: [{ id: "v", regionId: "eastus", role: "validator", count: 4, deploymentType: "aks", vmSize: "Standard_D4s_v5" }],
});

let api: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  await signInApi(api);
});
test.afterAll(async () => api.dispose());

test("health reports the database kind and an up-to-date schema", async ({ request }, info) => {
  const health = await (await request.get("/api/health")).json();
  expect(health.status).toBe("ok");
  expect(health.database.kind).toBe(info.project.name === "pglite" ? "pglite" : "postgresql");
  expect(health.database.migrations).toMatchObject({ upToDate: true, pending: [] });
});

test("the JSON Schema of the document is published", async ({ request }) => {
  const schema = await (await request.get("/api/schema")).json();
  expect(schema.title).toBe("Meridian topology document");
  expect(schema.properties.nodeGroups.type).toBe("array");
});

test("every API route refuses anonymous callers with 401 JSON", async ({ request }) => {
  const calls: [string, string][] = [
    ["GET", "/api/topologies"], ["POST", "/api/topologies"], ["GET", "/api/topologies/x"], ["PUT", "/api/topologies/x"],
    ["PATCH", "/api/topologies/x"], ["GET", "/api/topologies/x/versions"], ["GET", "/api/topologies/x/versions/1"],
    ["GET", "/api/audit"], ["GET", "/api/audit/verify"],
  ];
  for (const [method, url] of calls) {
    const response = await request.fetch(url, { method, data: method === "GET" ? undefined : {} });
    expect(response.status(), `${method} ${url}`).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  }
});

test("create, save twice, read versions and their audit events", async () => {
  const created = await api.post("/api/topologies", { data: { name: "API network" } });
  expect(created.status()).toBe(201);
  const { topology } = await created.json();
  for (const [base, message] of [[1, "add description"], [2, "more"]] as const) {
    const saved = await api.put(`/api/topologies/${topology.id}`, {
      data: { baseVersion: base, message, document: { ...starter("API network"), description: message } },
    });
    expect(saved.status()).toBe(201);
    expect((await saved.json()).version).toBe(base + 1);
  }
  const { versions } = await (await api.get(`/api/topologies/${topology.id}/versions`)).json();
  expect(versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
  const v2 = await (await api.get(`/api/topologies/${topology.id}/versions/2`)).json();
  expect(v2.document.description).toBe("add description");
  const audit = await (await api.get(`/api/audit?target=${topology.id}`)).json();
  expect(audit.events.map((e: { action: string }) => e.action)).toEqual(["topology.save", "topology.save", "topology.create"]);
  const verify = await (await api.get("/api/audit/verify")).json();
  expect(verify.ok).toBe(true);
});

test("bad input is 400 with a message per path, and nothing is written", async () => {
  const { topology } = await (await api.post("/api/topologies", { data: { name: "Validation" } })).json();
  const bad = { ...starter("x"), network: { client: "geth", consensus: "qbft", chainId: 0 } };
  const response = await api.put(`/api/topologies/${topology.id}`, { data: { baseVersion: 1, document: bad } });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(
    expect.arrayContaining(["document.network.client", "document.network.chainId"]),
  );
  const malformed = await api.fetch(`/api/topologies/${topology.id}`, {
    method: "PUT", headers: { "content-type": "application/json" }, data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.message).toMatch(/not valid JSON/);
  const noName = await api.post("/api/topologies", { data: { name: "  " } });
  expect((await noName.json()).error.issues).toEqual([{ path: "name", message: "a name is required" }]);
  const { versions } = await (await api.get(`/api/topologies/${topology.id}/versions`)).json();
  expect(versions).toHaveLength(1);
});

test("oversize bodies get 413 and write nothing", async () => {
  const before = (await (await api.get("/api/audit?limit=1")).json()).events[0].seq;
  const huge = "x".repeat(9 * 1024 * 1024);
  const response = await api.post("/api/topologies", { data: { name: "big", description: huge } });
  expect(response.status()).toBe(413);
  const after = (await (await api.get("/api/audit?limit=1")).json()).events[0].seq;
  expect(after).toBe(before);
});

test("unknown ids are 404, a stale base is 409 with the current version", async () => {
  expect((await api.get("/api/topologies/does-not-exist")).status()).toBe(404);
  const { topology } = await (await api.post("/api/topologies", { data: { name: "Stale" } })).json();
  expect((await api.get(`/api/topologies/${topology.id}/versions/7`)).status()).toBe(404);
  expect((await api.put(`/api/topologies/${topology.id}`, { data: { baseVersion: 1, document: starter("a") } })).status()).toBe(201);
  const stale = await api.put(`/api/topologies/${topology.id}`, { data: { baseVersion: 1, document: starter("b") } });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body.error.currentVersion.number).toBe(2);
  expect(body.error.currentVersion.document.name).toBe("a");
});

test("archive hides a topology from the list and restore brings it back", async () => {
  const { topology } = await (await api.post("/api/topologies", { data: { name: "Archive me" } })).json();
  expect((await api.patch(`/api/topologies/${topology.id}`, { data: { archived: true } })).status()).toBe(200);
  const active = await (await api.get("/api/topologies?q=Archive%20me")).json();
  expect(active.topologies).toEqual([]);
  const archived = await (await api.get("/api/topologies?q=Archive%20me&archived=only")).json();
  expect(archived.topologies.map((t: { id: string }) => t.id)).toEqual([topology.id]);
  expect((await api.patch(`/api/topologies/${topology.id}`, { data: { archived: false } })).status()).toBe(200);
  const bad = await api.get("/api/topologies?archived=sometimes");
  expect(bad.status()).toBe(400);
});

test("a cross-site mutation is refused even with a valid session", async () => {
  const response = await api.post("/api/topologies", { data: { name: "csrf" }, headers: { origin: "https://evil.example" } });
  expect(response.status()).toBe(403);
});
