// Every YAML file of every bundle read back by the yaml package (all documents of multi-document files), and
// every Kubernetes object in helm/ and k8s/ well-formed enough for kubectl: apiVersion, kind, metadata.name.

import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { allBundles, bundleOf, text } from "./testing/bundles";
import type { ExportFile } from "./types";

function documentsOf(file: ExportFile): unknown[] {
  const docs = parseAllDocuments(text(file));
  const errors = docs.flatMap((d) => d.errors.map((e) => e.message));
  if (errors.length > 0) throw new Error(`${file.path}: ${errors.join("; ")}`);
  return docs.map((d) => d.toJS()).filter((v) => v !== null && v !== undefined);
}

const isYaml = (f: ExportFile) => /\.ya?ml$/.test(f.path);
/** Files of Kubernetes objects (values files configure a chart instead). */
const holdsObjects = (f: ExportFile) => isYaml(f) && (f.path.startsWith("k8s/") || /^helm\/[^/]+\/prerequisites\.yaml$/.test(f.path));

describe.each(allBundles())("YAML of %s", (_name, result) => {
  it("parses, every document of every file", () => {
    const files = result.files.filter(isYaml);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(documentsOf(f).length, f.path).toBeGreaterThan(0);
  });

  it("gives every Kubernetes object an apiVersion, kind and metadata.name, unique per kind and namespace", () => {
    const seen = new Set<string>();
    for (const f of result.files.filter(holdsObjects)) {
      for (const obj of documentsOf(f) as Record<string, any>[]) {
        expect(typeof obj.apiVersion, f.path).toBe("string");
        expect(typeof obj.kind, f.path).toBe("string");
        expect(obj.metadata?.name, `${f.path}: ${obj.kind}`).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
        expect(obj.metadata.name.length, `${f.path}: ${obj.metadata.name}`).toBeLessThanOrEqual(obj.kind === "Service" ? 63 : 253);
        const key = `${f.path.split("/").slice(0, 2).join("/")} ${obj.kind} ${obj.metadata.namespace ?? ""}/${obj.metadata.name}`;
        if (obj.kind !== "Namespace" && obj.kind !== "StorageClass") expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it("uses valid label values and port names, and schedules pods on the node pool Terraform labels for their group", () => {
    const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;
    const terraform = result.files.filter((f) => f.path.startsWith("terraform/") && f.path.endsWith(".tf")).map(text).join("\n");
    for (const f of result.files.filter(holdsObjects)) {
      for (const obj of documentsOf(f) as Record<string, any>[]) {
        const spec = obj.spec?.template?.spec;
        const labelSets = [obj.metadata.labels, obj.spec?.selector?.matchLabels, obj.spec?.template?.metadata?.labels, spec?.nodeSelector];
        for (const labels of labelSets.filter(Boolean)) for (const v of Object.values(labels)) expect(v, `${f.path}: label value`).toMatch(labelValue);
        for (const c of spec?.containers ?? []) for (const p of c.ports ?? []) expect(p.name, `${f.path}: port name`).toMatch(/^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$/);
        const group = spec?.nodeSelector?.["meridian.io/node-group"];
        if (group !== undefined && terraform) expect(terraform, `${f.path}: a node pool labelled ${group}`).toContain(`"meridian.io/node-group" = "${group}"`);
      }
    }
  });

  it("points each StatefulSet at its Service, a ConfigMap it declares and matching labels", () => {
    const k8s = result.files.filter((f) => f.path.startsWith("k8s/") && isYaml(f));
    for (const f of k8s) {
      const cluster = f.path.split("/")[1];
      const sameCluster = k8s.filter((g) => g.path.split("/")[1] === cluster).flatMap((g) => documentsOf(g) as Record<string, any>[]);
      const configMaps = new Set(sameCluster.filter((o) => o.kind === "ConfigMap").map((o) => o.metadata.name));
      for (const set of (documentsOf(f) as Record<string, any>[]).filter((o) => o.kind === "StatefulSet")) {
        const spec = set.spec;
        expect(sameCluster.some((o) => o.kind === "Service" && o.metadata.name === spec.serviceName), `${f.path}: service ${spec.serviceName}`).toBe(true);
        for (const [k, v] of Object.entries(spec.selector.matchLabels)) expect(spec.template.metadata.labels[k], `${f.path}: label ${k}`).toBe(v);
        for (const volume of spec.template.spec.volumes.filter((v: any) => v.configMap)) {
          expect(configMaps.has(volume.configMap.name), `${f.path}: ConfigMap ${volume.configMap.name}`).toBe(true);
        }
      }
    }
  });
});

describe("long node group and region ids", () => {
  const result = bundleOf("long-names");
  const paths = result.files.map((f) => f.path);

  it("keep Helm and Kubernetes file names whole (the 24-character cut is for cloud resource names only)", () => {
    expect(paths).toContain("helm/aws-eu-central-1/values/validators-aws-eu-central-1.yml");
    expect(paths).toContain("helm/aws-eu-central-1/values/members-aws-eu-central-1.yml");
    expect(paths).toContain("k8s/aws-eu-central-1/validators-aws-eu-central-1.yaml");
    const gcp = "gcp-europe-west1-primary-production-cluster-frankfur";
    expect(paths).toContain(`helm/${gcp}/values/validators-gcp-europe-west1.yml`);
    // Ids alike beyond the limit stay distinct.
    const rpcValues = paths.filter((p) => p.startsWith(`helm/${gcp}/values/rpc-`));
    expect(new Set(rpcValues).size).toBe(2);
    for (const p of paths.filter((p) => /^(helm|k8s)\//.test(p))) {
      for (const part of p.split("/").slice(1)) expect(part.replace(/\.ya?ml$|\.sh$/, "").length, p).toBeLessThanOrEqual(52);
    }
  });

  it("names StatefulSets within 52 characters and Helm releases within 53, their chart fullnames within 52", () => {
    for (const f of result.files.filter((f) => f.path.startsWith("k8s/") && f.path.endsWith(".yaml"))) {
      for (const obj of documentsOf(f) as Record<string, any>[]) {
        if (obj.kind === "StatefulSet") expect(obj.metadata.name.length, f.path).toBeLessThanOrEqual(52);
      }
    }
    const releases = result.files.filter((f) => f.path.startsWith("helm/") && f.path.endsWith("/install.sh"))
      .flatMap((f) => text(f).split("\n").filter((l) => l.startsWith("helm upgrade --install ")).map((l) => l.split(" ")[3] ?? ""));
    expect(releases.length).toBe(7);
    expect(new Set(releases).size).toBe(releases.length);
    for (const r of releases) {
      expect(r.length, r).toBeLessThanOrEqual(53);
      expect(`besu-node-${r}`.length, r).toBeLessThanOrEqual(52);
    }
  });
});
