// Members marked permissioned get a node allowlist that is exactly the list of nodes they dial, in every
// place the bundle starts them (Kubernetes manifests, compose, virtual machines); other nodes get none.

import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { group, makeDocument, region } from "../consensus/test-documents";
import { buildExport } from "./index";
import { seededRandom } from "./testing/reference-topologies";

const text = (result: ReturnType<typeof buildExport>, path: string) => {
  const f = result.files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.contents as string;
};

describe.each(["besu", "goquorum"] as const)("node permissioning on %s", (client) => {
  const az = region("eastus", "azure", "eastus");
  const doc = makeDocument({
    regions: [az],
    // GoQuorum exports only for networks that already run.
    network: { client, consensus: "qbft", existing: client === "goquorum" },
    nodeGroups: [
      group("validators", az, "validator", 4),
      group("bank", az, "member", 2, { memberType: "permissioned" }),
      group("open", az, "member", 1, { memberType: "public", deploymentType: "vm" }),
      group("branch", az, "member", 1, { memberType: "permissioned", deploymentType: "vm" }),
    ],
  });
  const result = buildExport(doc, { targets: ["terraform", "helm", "compose", "genesis"], random: seededRandom(`perm-${client}`) });
  const file = client === "besu" ? "permissions_config.toml" : "permissioned-nodes.json";
  const allowlisted = (contents: string) => (client === "besu" ? JSON.parse(contents.replace(/^#.*\n/gm, "").replace("nodes-allowlist=", "").replace(/,\n\]/, "\n]")) : JSON.parse(contents)) as string[];

  it("gives the cluster's permissioned members an allowlist equal to their static nodes, and only them the flags", () => {
    const [, ...docs] = parseAllDocuments(text(result, "k8s/eastus/00-network.yaml")).map((d) => d.toJSON());
    const config = docs.find((d) => d.kind === "ConfigMap")!;
    expect(allowlisted(config.data[file])).toEqual(JSON.parse(config.data["static-nodes.json"]));
    const bank = text(result, "k8s/eastus/bank.yaml");
    const validators = text(result, "k8s/eastus/validators.yaml");
    if (client === "besu") {
      expect(bank).toContain(`--permissions-nodes-config-file=/config/${file}`);
      expect(validators).not.toContain("--permissions-nodes-config-file");
    } else {
      expect(bank).toContain("--permissioned");
      expect(bank).toContain(`cp /config/${file} /data/permissioned-nodes.json`);
      expect(validators).not.toContain("--permissioned");
    }
  });

  it("writes the allowlist beside a permissioned member's machine, and none for a public member", () => {
    const names = result.files.filter((f) => f.path.startsWith("machines/") && f.path.endsWith(file)).map((f) => f.path);
    expect(names).toEqual([`machines/member-eastus-4/${file}`]);
    expect(allowlisted(text(result, names[0]!))).toEqual(JSON.parse(text(result, "machines/member-eastus-4/static-nodes.json")));
    expect(text(result, "machines/member-eastus-3/start.sh")).not.toMatch(/permission/);
  });

  it("carries it into the compose replica, and tells Helm users to use the manifests", () => {
    expect(allowlisted(text(result, `compose/config/${file}`))).toEqual(JSON.parse(text(result, "compose/config/static-nodes.json")));
    expect(result.warnings).toContainEqual("helm: the quorum-kubernetes chart does not mount a node allowlist, so install the permissioned members (bank) with the k8s/ manifests");
  });
});
