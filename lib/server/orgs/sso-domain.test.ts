import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDnsServer, type TestDnsServer } from "../testing/dns-server";
import { addMember, seedAccessWorld, type AccessWorld } from "../testing/access-world";
import { createTestDatabase, type TestDatabase } from "../testing/databases";
import { nextRequest } from "../testing/actors";
import { ConflictError } from "../errors";
import { ssoRequiredForEmail } from "./sso-provision";
import { getOrganization, updateOrganization } from "./settings";
import { verifySsoDomain } from "./sso-domain";

// Proof of a domain against a real DNS server on loopback: only the holder of a domain can publish its TXT record.
describe("SSO domains take effect only once a DNS TXT record proves them", () => {
  let db: TestDatabase;
  let world: AccessWorld;
  let dns: TestDnsServer;
  const previousServers = process.env.MERIDIAN_DNS_SERVERS;

  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    world = await seedAccessWorld(db.prisma);
    dns = await startDnsServer();
    process.env.MERIDIAN_DNS_SERVERS = dns.address;
  });
  afterAll(async () => {
    process.env.MERIDIAN_DNS_SERVERS = previousServers;
    await dns?.close();
    await db?.destroy();
  });

  it("a claim does nothing until proven, and says which record to publish", async () => {
    const view = await updateOrganization(nextRequest(world.ownerOfA), { ssoDomain: "acme.example" });
    expect(view.ssoDomain).toBeNull();
    expect(view.ssoDomainClaim).toMatchObject({ domain: "acme.example", recordName: "_meridian-challenge.acme.example", recordValue: expect.stringMatching(/^meridian-verification=[0-9a-f]{32}$/) });
    expect((await getOrganization(world.ownerOfA)).ssoDomainClaim?.domain).toBe("acme.example");
  });

  it("refuses to verify without the record, or with another value, saying what it found", async () => {
    await expect(verifySsoDomain(nextRequest(world.ownerOfA))).rejects.toThrow(/No TXT record at _meridian-challenge\.acme\.example yet/);
    dns.setTxt("_meridian-challenge.acme.example", ["v=spf1 -all", "meridian-verification=not-the-token"]);
    await expect(verifySsoDomain(nextRequest(world.ownerOfA))).rejects.toThrow(/do not include .*found 2/);
    expect((await getOrganization(world.ownerOfA)).ssoDomain).toBeNull();
  });

  it("another organisation can only claim, never squat: its claim blocks nobody, and proof decides", async () => {
    const squat = await updateOrganization(nextRequest(world.ownerOfB), { ssoDomain: "acme.example" });
    expect(squat.ssoDomain).toBeNull();
    const { recordValue } = (await getOrganization(world.ownerOfA)).ssoDomainClaim!;
    dns.setTxt("_meridian-challenge.acme.example", [recordValue]);
    const proven = await verifySsoDomain(nextRequest(world.ownerOfA));
    expect(proven).toMatchObject({ ssoDomain: "acme.example", ssoDomainClaim: null });
    // B's token is not the published one, and the domain is now A's.
    const refused = await verifySsoDomain(nextRequest(world.ownerOfB)).catch((e) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect(await db.prisma.organization.findUnique({ where: { id: world.orgB.id } })).toMatchObject({ ssoDomain: null });
  });

  it("records the proof in the audit log, and only a proven domain can refuse local sign-in", async () => {
    const event = await db.prisma.auditEvent.findFirst({ where: { organizationId: world.orgA.id, action: "organization.update" }, orderBy: { seq: "desc" } });
    expect(event?.data).toMatchObject({ changes: { ssoDomain: { from: null, to: "acme.example" } }, proof: { name: "_meridian-challenge.acme.example" } });
    const member = await addMember(db.prisma, world.orgB.id, "pat@beta.example", "editor");
    const claim = await updateOrganization(nextRequest(world.ownerOfB), { ssoDomain: "beta.example" });
    await db.prisma.organization.update({ where: { id: world.orgB.id }, data: { ssoRequired: true } });
    expect(await ssoRequiredForEmail(db.prisma, member.email)).toBeNull();
    dns.setTxt("_meridian-challenge.beta.example", [claim.ssoDomainClaim!.recordValue]);
    await verifySsoDomain(nextRequest(world.ownerOfB));
    expect(await ssoRequiredForEmail(db.prisma, member.email)).toEqual({ organization: expect.any(String) });
  });
});
