import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListTemplatesQuery, PublishTemplateBody } from "@/lib/domain/api";
import { starterDocument } from "@/lib/domain/starter";
import { TEMPLATES } from "@/lib/domain/templates";
import type { ActorContext } from "../context";
import { BadRequestError, ForbiddenError, NotFoundError } from "../errors";
import { actorFor, nextRequest, signUp } from "../testing/actors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { forkTemplate } from "./fork-template";
import { getTemplate } from "./get-template";
import { listTemplates } from "./list-templates";
import { publishTemplate } from "./publish-template";
import { rateTemplate } from "./rate-template";

const query = (input: Record<string, string> = {}) => ListTemplatesQuery.parse(input);
const publish = (input: Record<string, unknown>) => PublishTemplateBody.parse(input);

describe.each(DATABASE_KINDS)("the template marketplace on %s", (kind) => {
  let db: TestDatabase;
  let alice: ActorContext;
  let bob: ActorContext;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    alice = await signUp(db.prisma, "alice@example.com", "Alice");
    bob = await signUp(db.prisma, "bob@other.example", "Bob");
  });
  afterAll(async () => db?.destroy());

  it("lists the curated catalog, searchable, filterable and sortable", async () => {
    const all = (await listTemplates(alice, query())).templates;
    expect(all.length).toBeGreaterThanOrEqual(TEMPLATES.length);
    const gdpr = (await listTemplates(alice, query({ q: "gdpr", pack: "gdpr" }))).templates;
    expect(gdpr.length).toBeGreaterThan(0);
    for (const t of gdpr) expect(t.packs).toContain("gdpr");
    const multi = (await listTemplates(alice, query({ provider: "aws,azure" }))).templates;
    for (const t of multi) expect(t.providers).toEqual(expect.arrayContaining(["aws", "azure"]));
    const cheapest = (await listTemplates(alice, query({ sort: "cheapest" }))).templates.map((t) => t.monthlyCostUsd);
    expect(cheapest).toEqual([...cheapest].sort((a, b) => a - b));
    const low = (await listTemplates(alice, query({ cost: "low", minRegions: "1", maxRegions: "1" }))).templates;
    for (const t of low) expect(t.monthlyCostUsd < 1500 && t.regions.length === 1).toBe(true);
    const raft = (await listTemplates(alice, query({ consensus: "raft" }))).templates;
    expect(raft.every((t) => t.consensus === "raft") && raft.length > 0).toBe(true);
  });

  it("forks a template into a new topology, recorded as forked from it, and counts the use", async () => {
    const [first] = (await listTemplates(alice, query())).templates;
    const forked = await forkTemplate(nextRequest(alice), first!.id, { name: "My fork" });
    const row = await db.prisma.topology.findUniqueOrThrow({ where: { id: forked.topology.id } });
    expect(row).toMatchObject({ name: "My fork", forkedFrom: first!.id, organizationId: alice.organizationId });
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: forked.topology.id } });
    expect(event.action).toBe("topology.create");
    expect((event.data as { forkedFrom: string }).forkedFrom).toBe(first!.id);
    expect((await getTemplate(alice, first!.id)).usageCount).toBe(1);
    const popular = (await listTemplates(alice, query({ sort: "popular" }))).templates;
    expect(popular[0]!.id).toBe(first!.id);
  });

  it("publishes privately: visible to its organisation only, 404 to others by id, list and fork", async () => {
    const { topology } = await createTopology(alice, { name: "Private design" });
    const { template } = await publishTemplate(nextRequest(alice), topology.id, publish({ title: "Alice's private net", tags: ["internal"] }));
    expect((await listTemplates(alice, query({ q: "alice's private" }))).templates.map((t) => t.id)).toEqual([template.id]);
    expect((await getTemplate(alice, template.id)).source).toBe("organization");
    expect((await listTemplates(bob, query({ q: "alice's private" }))).templates).toEqual([]);
    await expect(getTemplate(bob, template.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(forkTemplate(bob, template.id, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(rateTemplate(bob, template.id, { stars: 5 })).rejects.toBeInstanceOf(NotFoundError);
    const events = await db.prisma.auditEvent.findMany({ where: { targetId: template.id } });
    expect(events.map((e) => e.action)).toEqual(["template.publish"]);
  });

  it("tells its own organisation which topology version a template was published from, and no one else", async () => {
    const clean = TEMPLATES.find((t) => t.slug === "eu-gdpr-azure-qbft")!;
    const { topology } = await createTopology(alice, { name: "Origin", document: clean.document });
    const { template: first } = await publishTemplate(nextRequest(alice), topology.id, publish({ title: "Origin v1" }));
    const { template: again } = await publishTemplate(nextRequest(alice), topology.id, publish({ title: "Origin v1 for all", visibility: "public" }));
    const mine = (await listTemplates(alice, query({ fromTopology: topology.id }))).templates;
    expect(mine.map((t) => [t.id, t.origin])).toEqual(expect.arrayContaining([
      [first.id, { topologyId: topology.id, version: 1, visibility: "private" }],
      [again.id, { topologyId: topology.id, version: 1, visibility: "public" }],
    ]));
    expect(mine).toHaveLength(2);
    expect((await getTemplate(alice, again.id)).origin).toEqual({ topologyId: topology.id, version: 1, visibility: "public" });
    expect((await listTemplates(alice, query())).templates.filter((t) => t.source === "curated").every((t) => t.origin === null)).toBe(true);
    expect((await getTemplate(bob, again.id)).origin).toBeNull();
    expect((await listTemplates(bob, query({ fromTopology: topology.id }))).templates).toEqual([]);
  });

  it("publishes to everyone only for an admin, and only a design that validates clean", async () => {
    const clean = TEMPLATES.find((t) => t.slug === "eu-gdpr-azure-qbft")!;
    const { topology } = await createTopology(alice, { name: "Clean", document: clean.document });
    const editor = actorFor(db.prisma, alice.user, alice.organizationId, "editor");
    await expect(publishTemplate(editor, topology.id, publish({ title: "x", visibility: "public" }))).rejects.toBeInstanceOf(ForbiddenError);
    const { template } = await publishTemplate(nextRequest(alice), topology.id, publish({ title: "EU for all", visibility: "public" }));
    expect((await getTemplate(bob, template.id)).source).toBe("public");

    const { topology: broken } = await createTopology(alice, { name: "Broken", document: { ...starterDocument("Broken"), regions: [...starterDocument("b").regions, { id: "westus2", provider: "azure", region: "westus2", cidr: "10.9.0.0/16" }] } });
    await expect(publishTemplate(nextRequest(alice), broken.id, publish({ title: "y", visibility: "public" }))).rejects.toBeInstanceOf(BadRequestError);
  });

  it("keeps one rating per user, replacing the earlier one", async () => {
    const id = (await listTemplates(alice, query())).templates.at(-1)!.id;
    await rateTemplate(nextRequest(alice), id, { stars: 2 });
    await rateTemplate(nextRequest(bob), id, { stars: 5 });
    const again = await rateTemplate(nextRequest(alice), id, { stars: 4 });
    expect(again.rating).toEqual({ average: 4.5, count: 2, mine: 4 });
    expect((await getTemplate(bob, id)).rating).toEqual({ average: 4.5, count: 2, mine: 5 });
  });

  it("counts concurrent ratings of one template exactly", async () => {
    const clean = TEMPLATES.find((t) => t.slug === "eu-gdpr-azure-qbft")!;
    const { topology } = await createTopology(alice, { name: "To rate", document: clean.document });
    const { template } = await publishTemplate(nextRequest(alice), topology.id, publish({ title: "Rated by many", visibility: "public" }));
    const id = template.id;
    const raters = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => signUp(db.prisma, `rater${n}@example.com`)));
    await Promise.all(raters.map((r, i) => rateTemplate(r, id, { stars: (i % 5) + 1 })));
    const stat = await db.prisma.templateStat.findUniqueOrThrow({ where: { templateKey: id } });
    expect({ sum: stat.ratingSum, count: stat.ratingCount }).toEqual({ sum: 1 + 2 + 3 + 4 + 5 + 1, count: 6 });
  });
});
