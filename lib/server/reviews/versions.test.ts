import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoRegionDocument } from "../testing/access-world";
import { BadRequestError, NotFoundError } from "../errors";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/databases";
import { createTopology } from "../topologies/create-topology";
import { getVersion } from "../topologies/get-topology";
import { restoreVersion } from "../topologies/restore-version";
import { saveVersion } from "../topologies/save-version";
import { updateReviewPolicy } from "./review-policy";
import { as, seedReviewTeam, type ReviewTeam } from "./test-team";
import { diffVersions } from "./version-diff";

describe.each(DATABASE_KINDS)("version diff and restore on %s", (kind) => {
  let db: TestDatabase;
  let t: ReviewTeam;
  let topologyId: string;
  const v1 = twoRegionDocument("Versions");
  const v2 = {
    ...v1,
    compliance: { packs: ["soc2" as const] },
    nodeGroups: v1.nodeGroups.filter((g) => g.id !== "members-we").map((g) => (g.id === "validators" ? { ...g, vmSize: "Standard_D8s_v5" } : g)),
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    t = await seedReviewTeam(db.prisma);
    ({ topology: { id: topologyId } } = await createTopology(as(t.editor), { name: "Versions", document: v1 }));
    await saveVersion(as(t.editor), topologyId, { baseVersion: 1, document: v2, message: "SOC 2, bigger validators" });
  });
  afterAll(async () => db?.destroy());

  it("compares any two versions: elements with fields, settings, cost and findings under the org's policy", async () => {
    await updateReviewPolicy(as(t.admin), { approvalsRequired: 0 });
    const diff = await diffVersions(t.viewer, topologyId, 1, 2);
    expect([diff.from, diff.to]).toEqual([1, 2]);
    expect(diff.structure.nodeGroups.map((g) => [g.id, g.change])).toEqual([["members-we", "removed"], ["validators", "changed"]]);
    expect(diff.structure.nodeGroups[1]!.fields).toEqual([{ path: "vmSize", before: "Standard_D4s_v5", after: "Standard_D8s_v5" }]);
    expect(diff.structure.settings).toEqual([{ field: "compliance", changes: [{ path: "packs", before: [], after: ["soc2"] }] }]);
    expect(diff.cost.deltaMonthlyUsd).not.toBe(0);
    expect(diff.findings.introduced.map((f) => f.code)).toContain("compliance.soc2.change-approval");

    await updateReviewPolicy(as(t.admin), { approvalsRequired: 1 });
    const approved = await diffVersions(t.viewer, topologyId, 1, 2);
    expect(approved.findings.introduced.map((f) => f.code)).not.toContain("compliance.soc2.change-approval");
    const back = await diffVersions(t.viewer, topologyId, 2, 1);
    expect(back.structure.nodeGroups.find((g) => g.id === "members-we")?.change).toBe("added");
  });

  it("is not found for a missing version or from another organisation", async () => {
    await expect(diffVersions(t.viewer, topologyId, 1, 9)).rejects.toBeInstanceOf(NotFoundError);
    await expect(diffVersions(t.outsider, topologyId, 1, 2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(restoreVersion(t.outsider, topologyId, 1)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("restores an old version as a new, audited save on top of the newest", async () => {
    const restored = await restoreVersion(as(t.editor), topologyId, 1);
    expect(restored).toMatchObject({ version: 3, restoredFrom: 1 });
    const [one, three] = await Promise.all([getVersion(t.viewer, topologyId, 1), getVersion(t.viewer, topologyId, 3)]);
    expect(three.version.digest).toBe(one.version.digest);
    expect(three.version.message).toBe("Restored version 1");
    expect(three.document).toEqual(one.document);
    const save = await db.prisma.auditEvent.findFirstOrThrow({ where: { targetId: topologyId, action: "topology.save", afterDigest: one.version.digest } });
    expect(save.data).toEqual({ version: 3, message: "Restored version 1" });
    expect((await diffVersions(t.viewer, topologyId, 1, 3)).structure.counts).toEqual({ added: 0, removed: 0, changed: 0, settings: 0 });
    await expect(restoreVersion(as(t.editor), topologyId, 3)).rejects.toBeInstanceOf(BadRequestError);
    await expect(restoreVersion(as(t.editor), topologyId, 7)).rejects.toBeInstanceOf(NotFoundError);
  });
});
