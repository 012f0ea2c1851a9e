import { describe, expect, it } from "vitest";
import { contentDisposition, downloadResponse } from "./download";

/** The quoted ASCII name, read the way the browser client reads it. */
function quotedName(header: string): string | undefined {
  return /filename="([^"]+)"/.exec(header)?.[1];
}

function extName(header: string): string | undefined {
  const value = /filename\*=UTF-8''([^;\s]+)/.exec(header)?.[1];
  return value === undefined ? undefined : decodeURIComponent(value);
}

describe("contentDisposition", () => {
  it("keeps a plain ASCII name as it is, in both forms", () => {
    const header = contentDisposition("ledger-v3.zip");
    expect(header).toBe(`attachment; filename="ledger-v3.zip"; filename*=UTF-8''ledger-v3.zip`);
  });

  it("never lets a quote or backslash end the quoted name early", () => {
    const header = contentDisposition('my "best" net\\work.zip');
    expect(quotedName(header)).toBe("my _best_ net_work.zip");
    expect(header.match(/"/g)).toHaveLength(2);
    expect(extName(header)).toBe('my "best" net_work.zip');
  });

  it("folds accents for the ASCII fallback and keeps the UTF-8 name exactly", () => {
    const header = contentDisposition("Réseau Zürich 東京.pdf");
    expect(quotedName(header)).toBe("Reseau Zurich __.pdf");
    expect(extName(header)).toBe("Réseau Zürich 東京.pdf");
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });

  it("strips CR, LF and other control characters so no header can be injected", () => {
    const header = contentDisposition("report.pdf\r\nSet-Cookie: session=stolen\u0000");
    expect(header).not.toMatch(/[\r\n\u0000]/);
    expect(quotedName(header)).toBe("report.pdfSet-Cookie: session=stolen");
    expect(extName(header)).toBe("report.pdfSet-Cookie: session=stolen");
  });

  it("percent-encodes what RFC 8187 does not allow bare, including the apostrophe", () => {
    const header = contentDisposition("it's (50%) done*.txt");
    expect(header).toContain("filename*=UTF-8''it%27s%20%2850%25%29%20done%2A.txt");
    expect(quotedName(header)).toBe("it's (50_) done*.txt");
  });

  it("turns path separators into underscores and empty names into a fallback", () => {
    expect(quotedName(contentDisposition("../../etc/passwd"))).toBe(".._.._etc_passwd");
    expect(quotedName(contentDisposition("\r\n"))).toBe("download");
    expect(quotedName(contentDisposition(".."))).toBe("download");
    expect(quotedName(contentDisposition("東京"))).toBe("__");
  });

  it("survives a lone surrogate instead of throwing", () => {
    expect(extName(contentDisposition("a\uD800b.txt"))).toBe("a\uFFFDb.txt");
  });

  it("can ask the browser to show the file inline", () => {
    expect(contentDisposition("r.pdf", "inline")).toMatch(/^inline; filename="r\.pdf"/);
  });
});

describe("downloadResponse", () => {
  it("sends the bytes with type, length and the safety headers", async () => {
    const response = downloadResponse({ body: new Uint8Array([1, 2, 3]), filename: "a.zip", contentType: "application/zip" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-length")).toBe("3");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="a.zip"; filename*=UTF-8''a.zip`);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("counts a text body's length in UTF-8 bytes", async () => {
    const response = downloadResponse({ body: "Zürich", filename: "notes.md", contentType: "text/markdown; charset=utf-8" });
    expect(response.headers.get("content-length")).toBe("7");
    expect(await response.text()).toBe("Zürich");
  });

  it("streams a body it cannot measure, without a length", async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode("{\"seq\":1}\n"));
        controller.enqueue(encoder.encode("{\"seq\":2}\n"));
        controller.close();
      },
    });
    const response = downloadResponse({ body, filename: "audit-log.jsonl", contentType: "application/x-ndjson; charset=utf-8" });
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toBe('{"seq":1}\n{"seq":2}\n');
  });

  it("adds extra headers but lets none of them replace the download headers", () => {
    const response = downloadResponse({
      body: "x",
      filename: "a.txt",
      contentType: "text/plain",
      headers: { "x-export-version": "4", "cache-control": "public, max-age=600", "content-disposition": "inline" },
    });
    expect(response.headers.get("x-export-version")).toBe("4");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
  });
});
