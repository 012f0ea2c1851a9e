// The database's Role enum follows the domain's one list of roles (the domain never imports Prisma).

import { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/domain/authz";

describe("the Role enum", () => {
  it("holds exactly the domain's roles, in order", () => {
    expect(Object.values(Role)).toEqual([...ROLES]);
  });
});
