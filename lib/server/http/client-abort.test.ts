import { afterEach, describe, expect, it, vi } from "vitest";
import { readJsonBody } from "./body";
import { isClientAbort } from "./client-abort";
import { publicRoute } from "./route";
import { z } from "zod";

/** A request whose body breaks off after its first bytes, as when the caller's connection drops. */
function abandonedRequest(): Request {
  const reset = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"name":'));
      queueMicrotask(() => controller.error(reset));
    },
  });
  return new Request("http://localhost/api/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("a caller who hangs up", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is told apart from a fault by the error's name, code, message or cause", () => {
    expect(isClientAbort(Object.assign(new Error("aborted"), { code: "ECONNRESET" }))).toBe(true);
    expect(isClientAbort(new DOMException("The operation was aborted.", "AbortError"))).toBe(true);
    expect(isClientAbort(new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }))).toBe(true);
    expect(isClientAbort(new Error("relation \"Topology\" does not exist"))).toBe(false);
    expect(isClientAbort("aborted")).toBe(false);
  });

  it("gets a quiet 499 from the route wrapper, and nothing is logged", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = publicRoute(async (request) => readJsonBody(request, z.unknown()));
    const response = await route(abandonedRequest(), { params: Promise.resolve({}) });
    expect(response.status).toBe(499);
    expect((await response.json()).error.code).toBe("client_closed_request");
    expect(logged).not.toHaveBeenCalled();
  });

  it("still logs a real fault", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const route = publicRoute(async () => {
      throw new Error("a bug");
    });
    expect((await route(new Request("http://localhost/api/x"), { params: Promise.resolve({}) })).status).toBe(500);
    expect(logged).toHaveBeenCalledOnce();
  });
});
