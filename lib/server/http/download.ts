/** What a route hands back as a file download. */
export interface Download {
  /** The file; a stream (a long log) is sent as it comes, without a length. */
  body: Uint8Array | string | ReadableStream<Uint8Array>;
  filename: string;
  contentType: string;
  /** `inline` lets the browser show the file (a PDF in a tab); downloads are attachments by default. */
  disposition?: "attachment" | "inline";
  /** Extra response headers (export metadata); they cannot replace the download headers below. */
  headers?: Record<string, string>;
  status?: number;
}

const FALLBACK_NAME = "download";

/**
 * A file response with the same safety headers everywhere: a `Content-Disposition` no file name can
 * break out of, never cached (downloads carry keys and audit trails), and never content-sniffed.
 */
export function downloadResponse({ body, filename, contentType, disposition = "attachment", headers = {}, status = 200 }: Download): Response {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const streamed = bytes instanceof ReadableStream;
  return new Response(streamed ? bytes : Buffer.from(bytes), {
    status,
    headers: {
      ...headers,
      "content-type": contentType,
      "content-disposition": contentDisposition(filename, disposition),
      ...(streamed ? {} : { "content-length": String(bytes.byteLength) }),
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/**
 * RFC 6266: an ASCII `filename` for old clients (and for readers that only look for the quoted form),
 * then `filename*` with the name in UTF-8, which current browsers prefer.
 */
export function contentDisposition(filename: string, type: "attachment" | "inline" = "attachment"): string {
  const name = cleanName(filename);
  return `${type}; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/**
 * Drops what must never reach a file name: control characters (CR/LF would split headers), path
 * separators, and lone surrogates (which cannot be encoded as UTF-8).
 */
function cleanName(filename: string): string {
  const cleaned = filename
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
    .replace(/[/\\]/g, "_")
    .trim();
  return cleaned === "" || cleaned === "." || cleaned === ".." ? FALLBACK_NAME : cleaned;
}

/** Accents folded where possible; anything else outside printable ASCII, quotes and `%` become `_`. */
function asciiFallback(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["%\\]/g, "_");
  return folded.trim() || FALLBACK_NAME;
}

/** RFC 8187 ext-value: UTF-8, percent-encoding everything outside attr-char. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
