import type { TopologyDocument } from "@/lib/domain/schema";

export function downloadJson(doc: TopologyDocument): void {
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${doc.name.replace(/[^A-Za-z0-9._-]+/g, "-").toLowerCase() || "topology"}.json`;
  a.click();
  URL.revokeObjectURL(url);
}
