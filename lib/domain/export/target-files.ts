// One export target's files and warnings: the dispatch from a target name to its generators. Helm brings
// the plain Kubernetes manifests (k8s/) along, for clusters installed without Helm.

import type { TopologyDocument } from "../schema";
import { composeFiles, COMPOSE_FULL_REPLICA_LIMIT } from "./compose";
import { genesisFiles } from "./genesis-files";
import { helmFiles } from "./helm";
import type { NodeKeys } from "./identities";
import { manifestFiles } from "./k8s-manifests";
import { monitoringFiles } from "./monitoring";
import { machineFiles } from "./machine-files";
import { qdqFiles } from "./qdq-files";
import { terraformFiles } from "./terraform";
import type { NetworkPlan } from "./terraform/plan";
import type { ExportFile, ExportTarget } from "./types";

export interface TargetContext {
  readonly doc: TopologyDocument;
  readonly keys: readonly NodeKeys[];
  /** The address and naming plan Terraform and the Kubernetes targets share (computed once). */
  readonly plan: () => NetworkPlan;
}

export interface TargetOutput {
  readonly files: readonly ExportFile[];
  readonly warnings: readonly string[];
}

export function targetFiles(target: ExportTarget, ctx: TargetContext): TargetOutput {
  switch (target) {
    case "terraform":
      return terraformTarget(ctx);
    case "helm":
      return helmTarget(ctx);
    case "compose": {
      const out = composeFiles(ctx.doc, ctx.keys);
      const warnings = out.scaledDown
        ? [`compose: the network has more than ${COMPOSE_FULL_REPLICA_LIMIT} nodes, so the local replica runs the first node of each group (${out.containers} containers) with its own genesis`]
        : [];
      return { files: out.files, warnings };
    }
    case "genesis":
      return { files: genesisFiles(ctx.doc, ctx.keys), warnings: [] };
    case "qdq":
      return qdqFiles(ctx.doc);
    case "monitoring":
      return { files: monitoringFiles(ctx.plan()), warnings: [] };
  }
}

function terraformTarget(ctx: TargetContext): TargetOutput {
  const out = terraformFiles(ctx.doc, ctx.keys.map((k) => k.node));
  const hosts = out.plan.regions.flatMap((r) => r.groups.filter((g) => g.kind === "vm" || g.kind === "scale-set").map((g) => g.group.id));
  const warnings = [...out.plan.warnings];
  if (hosts.length > 0) {
    warnings.push(
      `terraform: ${groupsPhrase(hosts)} on virtual machines or scale sets, which Terraform provisions with Docker only; start each node there with its keys/<node>/ and genesis/genesis.json (README.md, "Nodes on virtual machines")`,
    );
  }
  return { files: [...out.files, ...machineFiles(out.plan, ctx.keys)], warnings };
}

function helmTarget(ctx: TargetContext): TargetOutput {
  const plan = ctx.plan();
  const helm = helmFiles(ctx.doc, plan, ctx.keys);
  const manifests = manifestFiles(ctx.doc, plan, ctx.keys);
  const elsewhere = plan.regions.flatMap((r) => r.groups.filter((g) => g.kind !== "kubernetes").map((g) => g.group.id));
  const warnings = [...plan.warnings, ...helm.warnings];
  if (elsewhere.length > 0 && manifests.length > 0) {
    warnings.push(`helm: ${groupsPhrase(elsewhere)} elsewhere than Kubernetes, so helm/ and k8s/ leave their nodes out`);
  }
  return { files: [...helm.files, ...manifests], warnings };
}

/** "node group a runs" / "node groups a, b run". */
function groupsPhrase(ids: readonly string[]): string {
  return ids.length === 1 ? `node group ${ids[0]} runs` : `node groups ${ids.join(", ")} run`;
}
