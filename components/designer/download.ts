import { saveBlob } from "@/lib/client/exports";
import type { TopologyDocument } from "@/lib/domain/schema";

export function downloadJson(doc: TopologyDocument): void {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
  saveBlob(blob, `${doc.name.replace(/[^A-Za-z0-9._-]+/g, "-").toLowerCase() || "topology"}.json`);
}
