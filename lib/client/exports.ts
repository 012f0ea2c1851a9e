import { VerifySummarySchema, type ExportRequestInput, type VerifySummary } from "@/lib/domain/api";
import { apiErrorOf } from "./api";

export interface ExportProgress {
  phase: "building" | "downloading";
  /** Bytes received and expected while downloading. */
  received: number;
  total: number;
}

export interface DownloadedExport {
  blob: Blob;
  fileName: string;
  version: number;
  files: number;
  warnings: number;
  manifestSha256: string;
  /** verify-bundle's verdict on the bundle; undefined when the server sent none or it does not parse. */
  verification?: VerifySummary;
}

function verificationOf(header: string | null): VerifySummary | undefined {
  if (!header) return undefined;
  try {
    const bytes = Uint8Array.from(atob(header.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    const parsed = VerifySummarySchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the server to build the bundle of a saved version and downloads it, reporting progress. */
export async function fetchExport(topologyId: string, body: ExportRequestInput, onProgress: (p: ExportProgress) => void): Promise<DownloadedExport> {
  onProgress({ phase: "building", received: 0, total: 0 });
  const response = await fetch(`/api/topologies/${topologyId}/export`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/zip, application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  if (!response.ok) throw apiErrorOf(response, await response.text());
  const total = Number(response.headers.get("content-length") ?? 0);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ phase: "downloading", received, total });
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const verification = verificationOf(response.headers.get("x-export-verify"));
  return {
    blob: new Blob(chunks, { type: "application/zip" }),
    fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "meridian-export.zip",
    version: Number(response.headers.get("x-export-version")),
    files: Number(response.headers.get("x-export-files")),
    warnings: Number(response.headers.get("x-export-warnings")),
    manifestSha256: response.headers.get("x-export-manifest-sha256") ?? "",
    ...(verification ? { verification } : {}),
  };
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
