import { describe, expect, it } from "vitest";
import {
  can, canChangeDrill, canMoveReviewVersion, mayChangeDrill, mayMoveReview, outranks, PERMISSIONS, ROLE_DESCRIPTIONS, ROLE_PERMISSIONS, ROLE_RANK, roleMayBeScoped,
  readStoredScope, regionInScope, ROLES, UNRESTRICTED, usableWithSession,
} from ".";
import { regionKey } from "../region-key";

describe("roles", () => {
  it("rank from the order of the one list", () => {
    expect(ROLE_RANK).toEqual({ owner: 4, admin: 3, editor: 2, reviewer: 1, viewer: 0 });
    expect(outranks("admin", "editor")).toBe(true);
    expect(outranks("editor", "editor")).toBe(false);
    expect(ROLES.filter(roleMayBeScoped)).toEqual(["editor", "reviewer", "viewer"]);
  });

  it("are described from the matrix: what a description names, the role can do, and the reverse", () => {
    expect(ROLE_DESCRIPTIONS.reviewer).toBe("Reads topologies; comments on and approves or rejects reviews; saves outage drills; rates templates; reads the audit log");
    expect(ROLE_DESCRIPTIONS.viewer).toBe("Reads topologies");
    expect(ROLE_DESCRIPTIONS.editor).toMatch(/^Reads, creates, edits, archives and exports topologies; requests, comments on and approves or rejects reviews/);
    // Reviewers decide reviews: the words say so because the matrix does.
    expect(can("reviewer", "review.decide")).toBe(true);
    expect(ROLE_PERMISSIONS.admin).toEqual(PERMISSIONS);
    expect(ROLE_DESCRIPTIONS.admin).toBe("Everything but acting on owners");
  });
});

describe("access rules beyond the matrix", () => {
  const editor = { role: "editor" as const, userId: "u1" };
  it("lets the requester, an admin or an owner move a review, and no other editor", () => {
    expect(mayMoveReview(editor, { requestedById: "u1" })).toBe(true);
    expect(mayMoveReview(editor, { requestedById: "u2" })).toBe(false);
    expect(mayMoveReview({ role: "admin", userId: "u3" }, { requestedById: "u2" })).toBe(true);
    // A reviewer who asked for nothing has no review.request permission in the first place.
    expect(canMoveReviewVersion({ role: "reviewer", userId: "u2" }, { requestedById: "u2" })).toBe(false);
  });

  it("lets the drill's creator, an admin or an owner change a saved drill; a region-scoped creator keeps it; a viewer never", () => {
    expect(mayChangeDrill(editor, { createdById: "u1" })).toBe(true);
    expect(mayChangeDrill(editor, { createdById: "u2" })).toBe(false);
    expect(mayChangeDrill({ role: "admin", userId: "u3" }, { createdById: "u2" })).toBe(true);
    expect(canChangeDrill({ ...editor, scope: { providers: [], regions: [regionKey("azure", "westeurope")] } }, { createdById: "u1" })).toBe(true);
    expect(canChangeDrill({ role: "viewer", userId: "u1" }, { createdById: "u1" })).toBe(false);
    // Saving goes with commenting on reviews, role by role.
    expect(ROLES.filter((r) => can(r, "drill.save"))).toEqual(ROLES.filter((r) => can(r, "review.comment")));
  });

  it("refuses a local session in an organisation that requires single sign-on", () => {
    expect(usableWithSession({ ssoRequired: true }, "local")).toBe(false);
    expect(usableWithSession({ ssoRequired: true }, "okta")).toBe(true);
    expect(usableWithSession({ ssoRequired: false }, "local")).toBe(true);
  });
});

describe("stored scopes", () => {
  it("read back as typed keys, and an unreadable entry throws instead of widening the scope to everything", () => {
    expect(readStoredScope(["aws"], ["azure:westeurope"])).toEqual({ providers: ["aws"], regions: ["azure:westeurope"] });
    expect(() => readStoredScope(["oracle"], [])).toThrow(/unknown provider "oracle"/);
    expect(() => readStoredScope([], ["westeurope"])).toThrow(/not a region key/);
  });

  it("contain a region by its provider or its key, and nothing else", () => {
    const scope = readStoredScope(["gcp"], ["azure:westeurope"]);
    expect(regionInScope(scope, regionKey("gcp", "europe-west1"))).toBe(true);
    expect(regionInScope(scope, regionKey("azure", "westeurope"))).toBe(true);
    expect(regionInScope(scope, regionKey("azure", "northeurope"))).toBe(false);
    expect(regionInScope(UNRESTRICTED, regionKey("aws", "us-east-1"))).toBe(true);
  });
});
