import { describe, expect, it } from "vitest";
import { groupRoleConfig, GroupRoleMapError, groupsFromClaims, parseGroupRoleMap, rolesForGroups } from "./group-roles";

const configOf = (vars: Record<string, string>) => groupRoleConfig(vars as NodeJS.ProcessEnv);

describe("MERIDIAN_GROUP_ROLE_MAP", () => {
  it("reads group=role and group=org:role, separated by commas, semicolons or new lines", () => {
    expect(parseGroupRoleMap("meridian-admins=admin; Editors = EDITOR\nemea-viewers=emea:viewer")).toEqual([
      { group: "meridian-admins", role: "admin" },
      { group: "Editors", role: "editor" },
      { group: "emea-viewers", org: "emea", role: "viewer" },
    ]);
    expect(parseGroupRoleMap(undefined)).toEqual([]);
    expect(parseGroupRoleMap("  ")).toEqual([]);
  });

  it("keeps an = inside a group name (the last one separates the role)", () => {
    expect(parseGroupRoleMap("CN=admins=admin")).toEqual([{ group: "CN=admins", role: "admin" }]);
  });

  it("refuses unknown roles, bad organisation slugs and entries without a group", () => {
    for (const bad of ["admins=superuser", "admins", "=admin", " =admin", "x=Bad Org:viewer", "x=:viewer"]) {
      expect(() => parseGroupRoleMap(bad), bad).toThrow(GroupRoleMapError);
    }
  });
});

describe("the group-role configuration", () => {
  it("defaults to the `default` organisation, the `groups` claim and no default role", () => {
    expect(configOf({})).toEqual({ entries: [], defaultOrg: { slug: "default", name: "default" }, claim: "groups" });
  });

  it("reads the organisation, its name, a default role and another claim", () => {
    const config = configOf({
      MERIDIAN_SSO_ORG: "Acme",
      MERIDIAN_SSO_ORG_NAME: "Acme Networks",
      MERIDIAN_SSO_DEFAULT_ROLE: "Viewer",
      MERIDIAN_GROUPS_CLAIM: "roles",
      MERIDIAN_GROUP_ROLE_MAP: "a=admin",
    });
    expect(config).toEqual({ entries: [{ group: "a", role: "admin" }], defaultOrg: { slug: "acme", name: "Acme Networks" }, defaultRole: "viewer", claim: "roles" });
  });

  it("refuses a bad organisation slug or default role", () => {
    expect(() => configOf({ MERIDIAN_SSO_ORG: "not a slug" })).toThrow(GroupRoleMapError);
    expect(() => configOf({ MERIDIAN_SSO_DEFAULT_ROLE: "root" })).toThrow(GroupRoleMapError);
  });
});

describe("groups to roles", () => {
  const config = configOf({
    MERIDIAN_SSO_ORG: "acme",
    MERIDIAN_GROUP_ROLE_MAP: "readers=viewer, writers=editor, Admins=admin, emea-readers=emea:viewer, emea-admins=emea:admin",
  });

  it("reads groups from an array claim or a space/comma separated string, ignoring anything else", () => {
    expect(groupsFromClaims({ groups: ["a", " b ", "", 7] })).toEqual(["a", "b"]);
    expect(groupsFromClaims({ groups: "a b,c" })).toEqual(["a", "b", "c"]);
    expect(groupsFromClaims({ roles: ["x"] }, "roles")).toEqual(["x"]);
    expect(groupsFromClaims({ groups: { a: 1 } })).toEqual([]);
    expect(groupsFromClaims(null)).toEqual([]);
  });

  it("gives the highest role any group grants, per organisation, matching group names case-insensitively", () => {
    expect(rolesForGroups(["readers", "ADMINS", "emea-readers"], config)).toEqual(
      new Map([
        ["acme", "admin"],
        ["emea", "viewer"],
      ]),
    );
    expect(rolesForGroups(["emea-admins", "emea-readers", "writers"], config)).toEqual(
      new Map([
        ["emea", "admin"],
        ["acme", "editor"],
      ]),
    );
  });

  it("grants nothing for unmapped groups unless a default role is set, and then only in the default organisation", () => {
    expect(rolesForGroups(["strangers"], config).size).toBe(0);
    const withDefault = { ...config, defaultRole: "viewer" as const };
    expect(rolesForGroups(["strangers"], withDefault)).toEqual(new Map([["acme", "viewer"]]));
    expect(rolesForGroups(["emea-readers"], withDefault)).toEqual(new Map([["emea", "viewer"]]));
  });
});
