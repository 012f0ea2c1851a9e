// verify-bundle against the connectivity model on every curated template and test topology (they must
// agree pair by pair, although the verifier reads only the files), and against broken bundles: each
// mutation a deployer could make by hand, or a generator bug could, is caught and names its resource.

import { parse } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { classifyFromCatalog, validatorConnectivity, validatorsPerRegion } from "../consensus";
import { buildExport, EXPORT_TARGETS, type ExportResult } from "../export";
import { ALL_TOPOLOGIES } from "../export/testing/bundles";
import { seededRandom } from "../export/testing/reference-topologies";
import { buildConnectivity, directlyConnected } from "../net/connectivity";
import type { TopologyDocument } from "../schema";
import { TEMPLATES } from "../templates";
import { verifyBundle, type VerifyReport } from "./verify-bundle";

const parseHcl = (name: string, text: string) => parse(name, text) as Promise<Record<string, unknown>>;

const designs: [string, TopologyDocument][] = [
  ...TEMPLATES.map((t) => [`template ${t.slug}`, t.document] as [string, TopologyDocument]),
  ...Object.entries(ALL_TOPOLOGIES).map(([name, make]) => [name, make()] as [string, TopologyDocument]),
];

const exports = new Map<string, ExportResult>();
function exported(name: string, doc: TopologyDocument): ExportResult {
  let result = exports.get(name);
  if (!result) {
    result = buildExport(doc, { targets: EXPORT_TARGETS, random: seededRandom(name) });
    exports.set(name, result);
  }
  return result;
}

function textFiles(result: ExportResult): { path: string; contents: string }[] {
  return result.files.filter((f) => !f.sensitive).map((f) => ({ path: f.path, contents: typeof f.contents === "string" ? f.contents : new TextDecoder().decode(f.contents) }));
}

describe.each(designs)("verify-bundle on %s", (name, doc) => {
  it("agrees with the connectivity model on every pair of validators and bootnodes, from the files alone", async () => {
    const result = exported(name, doc);
    const report = await verifyBundle(textFiles(result), parseHcl);
    const model = buildConnectivity(doc, classifyFromCatalog);
    const regionOf = new Map(result.nodes.map((n) => [n.name, doc.regions.findIndex((r) => r.id === n.regionId)]));
    const groupOf = new Map(result.nodes.map((n) => [n.name, doc.nodeGroups.find((g) => g.id === n.groupId)!]));
    const onKubernetes = (node: string) => ["aks", "eks", "gke"].includes(groupOf.get(node)!.deploymentType);
    expect(report.pairs.length).toBeGreaterThan(0);
    for (const pair of report.pairs) {
      const a = regionOf.get(pair.from)!;
      const b = regionOf.get(pair.to)!;
      const sameCluster = a === b && onKubernetes(pair.from) && onKubernetes(pair.to);
      const expected = sameCluster || directlyConnected(model, a, b);
      expect(pair.ok, `${pair.from} -> ${pair.to}: ${pair.problem ?? "ok"}`).toBe(expected);
      // Every pair a node is configured to dial works.
      if (pair.needed) expect(pair.ok, `${pair.from} -> ${pair.to}: ${pair.problem}`).toBe(true);
    }
    expect(report.overlaps).toEqual([]);
    // The validators split exactly as the model says they do.
    const partitions = validatorConnectivity(model, doc.network.consensus, validatorsPerRegion(doc)).partitions.length;
    expect(report.validatorGroups.length > 1).toBe(partitions > 1);
  });
});

it("passes every curated template", async () => {
  for (const t of TEMPLATES) {
    const report = await verifyBundle(textFiles(exported(`template ${t.slug}`, t.document)), parseHcl);
    expect(report.ok, `${t.slug}: ${report.broken[0]?.problem ?? report.overlaps[0] ?? report.validatorGroups.length}`).toBe(true);
  }
});

/** Removes `resource "type" "name" { ... }` from a file of the writer's layout (blocks close at column 0). */
function withoutBlock(text: string, type: string, name: string): string {
  const start = text.indexOf(`resource "${type}" "${name}" {`);
  if (start < 0) throw new Error(`no ${type}.${name}`);
  const end = text.indexOf("\n}\n", start);
  return text.slice(0, start) + text.slice(end + 3);
}

describe("verify-bundle on broken bundles", () => {
  const template = TEMPLATES.find((t) => t.slug === "global-multicloud-5-region")!;
  const base = () => textFiles(exported("template global-multicloud-5-region", template.document));
  const edit = (files: { path: string; contents: string }[], path: string, change: (text: string) => string) =>
    files.map((f) => (f.path === path ? { ...f, contents: change(f.contents) } : f));
  const problems = (report: VerifyReport) => [...report.broken.map((p) => `${p.from} -> ${p.to}: ${p.problem}`), ...report.overlaps];

  it("starts from a bundle that passes", async () => {
    expect((await verifyBundle(base(), parseHcl)).ok).toBe(true);
  });

  it("catches a missing peering, naming the one-way peering left", async () => {
    const files = edit(base(), "terraform/azure/network.tf", (t) => withoutBlock(t, "azurerm_virtual_network_peering", "peer_eastus_westeurope_reverse"));
    const report = await verifyBundle(files, parseHcl);
    expect(report.ok).toBe(false);
    expect(problems(report).join("\n")).toMatch(/validator-eastus-1 -> validator-westeurope-1: .*azurerm_virtual_network_peering\.peer_eastus_westeurope_forward: no peering back/);
  });

  it("catches a missing route, naming the route table", async () => {
    const files = edit(base(), "terraform/aws/network.tf", (t) => withoutBlock(t, "aws_route", "peer_aws_us_west_2_aws_ap_southeast_1_forward"));
    const report = await verifyBundle(files, parseHcl);
    expect(report.ok).toBe(false);
    expect(problems(report).join("\n")).toMatch(/validator-aws-us-west-2-1 -> validator-aws-ap-southeast-1-1: tcp\/30303: no route to 10\.33\.\S+ .*aws_route_table\.aws_us_west_2_private/);
  });

  it("catches a missing DNS link, naming the zone", async () => {
    const files = edit(base(), "terraform/azure/dns.tf", (t) => withoutBlock(t, "azurerm_private_dns_zone_virtual_network_link", "westeurope"));
    const report = await verifyBundle(files, parseHcl);
    expect(report.ok).toBe(false);
    expect(problems(report).join("\n")).toMatch(/validator-westeurope-1 -> .*azurerm_private_dns_zone\.nodes holds .* but is not linked to azure: azurerm_virtual_network\.westeurope/);
  });

  it("catches a missing firewall rule, naming the firewall that refuses", async () => {
    const files = edit(base(), "terraform/gcp/security.tf", (t) => withoutBlock(t, "google_compute_firewall", "gcp_europe_west4_validators_euw4_peers"));
    const report = await verifyBundle(files, parseHcl);
    expect(report.ok).toBe(false);
    expect(problems(report).join("\n")).toMatch(/-> validator-gcp-europe-west4-1: tcp\/30303: .*the firewall of gcp: google_compute_network\.vpc \(no rule for tags node-validators-euw4 matches: implied deny\) refuses tcp\/30303/);
  });

  it("catches a security rule that denies p2p, naming the rule", async () => {
    const files = edit(base(), "terraform/azure/security.tf", (t) => t.replace(/name\s+= "p2p-tcp"/, 'name = "p2p-tcp-off"').replace(/(name = "p2p-tcp-off"[\s\S]*?access\s+=\s*)"Allow"/, '$1"Deny"'));
    const report = await verifyBundle(files, parseHcl);
    expect(report.ok).toBe(false);
    expect(problems(report).join("\n")).toMatch(/rule 'p2p-tcp-off' \(priority 100\) refuses tcp\/30303/);
  });

  it("catches two clusters with overlapping pod ranges, naming both", async () => {
    const files = base();
    const gke = files.find((f) => f.path === "terraform/gcp/network.tf")!.contents;
    const podRange = /range_name\s+= "pods"\s+ip_cidr_range\s+= "([^"]+)"/.exec(gke)![1]!;
    const mutated = edit(files, "terraform/azure/compute.tf", (t) => t.replace(/pod_cidr(\s+)= "[^"]+"/, `pod_cidr$1= "${podRange}"`));
    const report = await verifyBundle(mutated, parseHcl);
    expect(report.ok).toBe(false);
    const escaped = podRange.replace(/\./g, "\\.");
    expect(report.overlaps).toContainEqual(expect.stringMatching(new RegExp(`^gcp: google_compute_subnetwork\\.gcp_europe_west4_gke secondary range pods \\(${escaped}\\) overlaps azure: azurerm_kubernetes_cluster\\.eastus pod_cidr \\(${escaped}\\)$`)));
  });

  it("catches a VPN whose two ends do not name each other", async () => {
    const files = edit(base(), "terraform/cross-cloud-vpn/vpn.tf", (t) => t.replace(/(resource "google_compute_vpn_tunnel" "aws_gcp" \{[\s\S]*?peer_ip\s+= )aws_vpn_connection\.aws_gcp\.tunnel1_address/, "$1azurerm_public_ip.westeurope_vpn.ip_address"));
    const report = await verifyBundle(files, parseHcl);
    expect(report.ok).toBe(false);
    expect(problems(report).join("\n")).toMatch(/aws_vpn_connection\.aws_gcp dials cross-cloud-vpn: google_compute_address\.gcp_europe_west4_vpn, but the VPN there dials cross-cloud-vpn: azurerm_public_ip\.westeurope_vpn instead/);
  });

  it("refuses what is not a bundle", async () => {
    await expect(verifyBundle([{ path: "README.md", contents: "hello" }], parseHcl)).rejects.toThrow(/manifest\.json is missing/);
  });
});

it("exports a hub-spoke design whose hub names no region, with the finding, as a network that still connects", async () => {
  const template = TEMPLATES.find((t) => t.slug === "hub-spoke-dr")!;
  const doc = { ...template.document, network: { ...template.document.network, hubRegionId: "gone" } };
  const { validate } = await import("../rules");
  expect(validate(doc).findings.map((f) => f.code)).toContain("network.hub-spoke.hub-missing");
  const report = await verifyBundle(textFiles(buildExport(doc, { targets: EXPORT_TARGETS, random: seededRandom("hub-gone") })), parseHcl);
  expect(report.ok).toBe(true);
});
