import { describe, expect, it } from "vitest";
import { can, ROLES } from ".";
import { regionKey } from "../region-key";

const REGION_SCOPE = { providers: [], regions: [regionKey("azure", "westeurope")] };

describe("template.rate", () => {
  it("is held by every unrestricted role but the viewer: ratings are shared, viewers only read them", () => {
    expect(ROLES.filter((role) => can(role, "template.rate"))).toEqual(["owner", "admin", "editor", "reviewer"]);
  });

  it("is not held by a region-scoped membership, which changes only things inside its regions", () => {
    expect(can("editor", "template.rate", REGION_SCOPE)).toBe(false);
  });
});
