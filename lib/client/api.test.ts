import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import { MemberViewSchema, SavedVersionSchema, type SaveConflictDetails } from "@/lib/domain/api";
import type { RegionKey } from "@/lib/domain/region-key";
import { starterDocument } from "@/lib/domain/starter";
import { ApiError, apiFetch } from "./api";
import { saveConflictOf } from "./save-conflict";

const saved = { version: 3, digest: "d3", validation: { errors: 0, warnings: 1, infos: 2 } };

/** Answers every fetch with one response, and keeps the requests. */
function answer(status: number, body: unknown, init: { statusText?: string; raw?: boolean } = {}) {
  const fetch = vi.fn(async (_path: string, _init?: RequestInit) =>
    new Response(init.raw ? String(body) : JSON.stringify(body), { status, statusText: init.statusText ?? "" }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("sends JSON and gives back the answer parsed with the schema", async () => {
    const fetch = answer(201, { ...saved, extra: "a newer server's field" });
    const result = await apiFetch("/api/topologies/t1", SavedVersionSchema, { method: "PUT", json: { baseVersion: 2 } });
    expect(result).toEqual(saved);
    expectTypeOf(result.validation.warnings).toEqualTypeOf<number>();
    const [path, init] = fetch.mock.calls[0]!;
    expect(path).toBe("/api/topologies/t1");
    expect(init).toMatchObject({ method: "PUT", body: JSON.stringify({ baseVersion: 2 }), credentials: "same-origin" });
    expect(init!.headers).toMatchObject({ "content-type": "application/json", accept: "application/json" });
  });

  it("reads region keys in a scope as RegionKeys", async () => {
    const member = {
      id: "m1", userId: "u1", name: null, email: "ada@example.com", role: "editor", source: "manual", joinedAt: "2025-01-02T03:04:05.000Z",
      scope: { providers: [], regions: ["azure:westeurope"] },
    };
    answer(200, member);
    const result = await apiFetch("/api/orgs/o1/members/m1", MemberViewSchema, { method: "PATCH", json: {} });
    expect(result.scope.regions).toEqual(["azure:westeurope"]);
    expectTypeOf(result.scope.regions).toEqualTypeOf<readonly RegionKey[]>();
  });

  it("refuses an answer missing a field with ApiError bad_response naming the path and the field", async () => {
    answer(201, { version: 3, validation: saved.validation });
    const error = await failureOf(apiFetch("/api/topologies/t1?verbose=1", SavedVersionSchema));
    expect(error).toMatchObject({ status: 201, code: "bad_response", issues: [] });
    expect(error.message).toContain("/api/topologies/t1");
    expect(error.message).not.toContain("verbose");
    expect(error.message).toContain("digest");
    expect(error.details.issues).toEqual([expect.objectContaining({ path: "digest" })]);
  });

  it("refuses an answer that is not JSON", async () => {
    answer(200, "<html>a proxy's page</html>", { raw: true });
    const error = await failureOf(apiFetch("/api/topologies", SavedVersionSchema));
    expect(error).toMatchObject({ status: 200, code: "bad_response" });
    expect(error.message).toContain("not JSON");
  });

  it("turns a 409 on save into ApiError whose conflict details are typed", async () => {
    const currentVersion = {
      number: 4, digest: "d4", message: "theirs", authorName: "Ada", createdAt: "2025-01-02T03:04:05.000Z", document: starterDocument("theirs"),
    };
    answer(409, { error: { code: "conflict", message: "Version 3 is no longer the latest.", currentVersion }, requestId: "r1" });
    const error = await failureOf(apiFetch("/api/topologies/t1", SavedVersionSchema, { method: "PUT", json: {} }));
    expect(error).toMatchObject({ status: 409, code: "conflict", message: "Version 3 is no longer the latest." });
    const conflict = saveConflictOf(error);
    expectTypeOf(conflict).toEqualTypeOf<SaveConflictDetails["currentVersion"] | undefined>();
    expect(conflict).toEqual(currentVersion);
  });

  it("gives no conflict for a 409 about something else", async () => {
    answer(409, { error: { code: "conflict", message: "This topology is archived.", archived: true }, requestId: "r1" });
    const error = await failureOf(apiFetch("/api/topologies/t1", SavedVersionSchema, { method: "PUT", json: {} }));
    expect(error.details).toMatchObject({ archived: true });
    expect(saveConflictOf(error)).toBeUndefined();
  });

  it("keeps a bad request's issues for the form to show", async () => {
    const issues = [{ path: "name", message: "a name is required" }];
    answer(400, { error: { code: "bad_request", message: "The request is not valid.", issues }, requestId: "r1" });
    const error = await failureOf(apiFetch("/api/topologies", SavedVersionSchema, { method: "POST", json: {} }));
    expect(error).toMatchObject({ status: 400, code: "bad_request", issues });
  });

  it("still answers 401 with ApiError 401 and sends the browser to sign in", async () => {
    const assign = vi.fn();
    vi.stubGlobal("window", { location: { assign, pathname: "/topologies", search: "?q=x" } });
    answer(401, { error: { code: "unauthorized", message: "Sign in to continue." }, requestId: "r1" }, { statusText: "Unauthorized" });
    const error = await failureOf(apiFetch("/api/topologies", SavedVersionSchema));
    expect(error).toMatchObject({ status: 401, code: "unauthorized", message: "Sign in to continue." });
    expect(assign).toHaveBeenCalledWith(`/signin?callbackUrl=${encodeURIComponent("/topologies?q=x")}`);
  });

  it("describes a failure whose body is not the API's from its status or its text", async () => {
    answer(502, "", { raw: true, statusText: "Bad Gateway" });
    expect(await failureOf(apiFetch("/api/topologies", SavedVersionSchema))).toMatchObject({
      status: 502, code: "http_error", message: "The server answered 502 Bad Gateway.",
    });
    answer(503, "upstream unavailable", { raw: true });
    expect(await failureOf(apiFetch("/api/topologies", SavedVersionSchema))).toMatchObject({ status: 503, code: "http_error", message: "upstream unavailable" });
  });
});
