import { afterEach, describe, expect, it } from "vitest";
import { authSecret, missingAuthSecretProblem, servingLocallyOnly } from "./secret";

describe("AUTH_SECRET", () => {
  const saved = { AUTH_SECRET: process.env.AUTH_SECRET, HOST: process.env.HOST };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("may be generated while the app serves this machine only", () => {
    for (const host of [undefined, "", "localhost", "127.0.0.1", "::1", "[::1]", "LOCALHOST"]) {
      expect(servingLocallyOnly(host), String(host)).toBe(true);
      expect(missingAuthSecretProblem({ HOST: host }), String(host)).toBeNull();
    }
  });

  it("is required, plainly, when the app serves other machines", () => {
    for (const host of ["0.0.0.0", "::", "meridian.example.com", "10.0.0.5"]) {
      expect(servingLocallyOnly(host), host).toBe(false);
      expect(missingAuthSecretProblem({ HOST: host }), host).toMatch(new RegExp(`^AUTH_SECRET must be set when serving on HOST=${host.replace(/\./g, "\\.")}\\.`));
      expect(missingAuthSecretProblem({ HOST: host, AUTH_SECRET: "shared" }), host).toBeNull();
    }
  });

  it("is never generated for a shared host: every instance would sign with its own", () => {
    delete process.env.AUTH_SECRET;
    process.env.HOST = "0.0.0.0";
    expect(() => authSecret()).toThrow("AUTH_SECRET must be set when serving on HOST=0.0.0.0");
    process.env.AUTH_SECRET = "from-the-environment";
    expect(authSecret()).toBe("from-the-environment");
  });
});
