// verify-bundle speed: the time to check an exported bundle (parse its Terraform, read its manifests, check
// every pair of validators and bootnodes) on the largest curated template and on a 100-region design on
// three clouds, and the time to build each bundle for comparison. Goal: under 2 s each.

import { parse } from "@cdktf/hcl2json";
import { buildExport, EXPORT_TARGETS } from "@/lib/domain/export";
import { seededRandom } from "@/lib/domain/export/testing/reference-topologies";
import { TopologyDocumentSchema, type TopologyDocument } from "@/lib/domain/schema";
import { TEMPLATES } from "@/lib/domain/templates";
import { verifyBundle } from "@/lib/domain/verify";
import { generateTopology } from "./generate-topology";
import { log, round, summarize } from "./stats";

const parseHcl = (name: string, text: string) => parse(name, text) as Promise<Record<string, unknown>>;

/** 100 regions with validators and bootnodes on Kubernetes and VMs, and two VPNs between each pair of clouds. */
export function hundredRegions(): TopologyDocument {
  const base = generateTopology(300, 100);
  const nodeGroups = base.nodeGroups.map((g, i) => ({
    id: g.id, regionId: g.regionId, vmSize: g.vmSize,
    role: i % 3 === 0 ? "validator" : i % 3 === 1 ? "bootnode" : "rpc",
    deploymentType: ({ azure: i % 2 ? "aks" : "vm", aws: i % 2 ? "eks" : "ec2", gcp: i % 2 ? "gke" : "gce" } as const)[base.regions.find((r) => r.id === g.regionId)!.provider],
    count: 1 + (i % 2),
  }));
  const byProvider = (p: string) => base.regions.filter((r) => r.provider === p);
  const links = [["azure", "aws"], ["aws", "gcp"], ["gcp", "azure"]].flatMap(([a, b]) => [0, 1].map((k) => ({
    id: `${a}-${b}-${k}`, from: byProvider(a!)[k]!.id, to: byProvider(b!)[k]!.id, kind: "vpn" as const,
  })));
  return TopologyDocumentSchema.parse({ ...base, name: "bench 100 regions", nodeGroups, links });
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const samples: number[] = [];
  await fn(); // warm the parser's WebAssembly
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function verifyBundleBench() {
  const largest = [...TEMPLATES].sort((a, b) => b.document.nodeGroups.reduce((n, g) => n + g.count, 0) - a.document.nodeGroups.reduce((n, g) => n + g.count, 0))[0]!;
  const designs: [string, TopologyDocument][] = [[`template ${largest.slug}`, largest.document], ["100 regions, 3 clouds", hundredRegions()]];
  const rows = [];
  for (const [name, doc] of designs) {
    log(`verifyBundle: ${name}`);
    const t0 = performance.now();
    const bundle = buildExport(doc, { targets: EXPORT_TARGETS, random: seededRandom(name) });
    const exportMs = performance.now() - t0;
    const files = bundle.files.filter((f) => !f.sensitive);
    let report = await verifyBundle(files, parseHcl);
    const samples = await timeAsync(async () => (report = await verifyBundle(files, parseHcl)), 5);
    rows.push({
      design: name,
      regions: doc.regions.length,
      nodes: bundle.nodes.length,
      terraformFiles: files.filter((f) => f.path.endsWith(".tf")).length,
      pairsChecked: report.pairs.length,
      ok: report.ok,
      exportMs: round(exportMs, 0),
      verify: summarize(samples),
    });
  }
  return { rows, goal: "verify under 2,000 ms per bundle" };
}
