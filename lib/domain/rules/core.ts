// Core pack: is the document something that can be deployed at all?

import { CONSENSUS_BY_CLIENT, DEPLOYMENT_TYPES_BY_PROVIDER, PROVIDER_LABELS, type Consensus } from "../schema";
import { CONSENSUS_LABELS, minimumValidators } from "../consensus";
import { listRegions } from "../catalog";
import { closestName } from "./closest-name";
import { defineElementRule, defineRule } from "./define-rule";
import { equivalentDeploymentType } from "../cost";
import { isDeploymentTypeOf } from "../schema";
import { groupName, listNames, regionName } from "./labels";
import { regionKeyOf } from "../region-key";

export const deploymentTypeProviderMismatch = defineElementRule(
  "nodeGroup",
  {
    code: "core.deployment-type.provider-mismatch", pack: "core", severity: "error",
    description: "A node group's deployment type must be one its region's provider offers (AKS on Azure, EKS on AWS...).",
  },
  (g, i, _doc, ctx, emit) => {
    const region = ctx.regionsById.get(g.regionId);
    if (!region || isDeploymentTypeOf(region.provider, g.deploymentType)) return;
    const replacement = equivalentDeploymentType(g.deploymentType, region.provider, { autoscaled: g.scale !== undefined });
    emit({
      target: { kind: "nodeGroup", id: g.id },
      message: `Node group ${groupName(g)} uses ${g.deploymentType}, which ${PROVIDER_LABELS[region.provider]} doesn't offer; region ${regionName(region)} can run ${DEPLOYMENT_TYPES_BY_PROVIDER[region.provider].join(", ")}.`,
      fix: { label: `Use ${replacement}`, patches: [{ op: "replace", path: ["nodeGroups", i, "deploymentType"], value: replacement }] },
    });
  },
);

/** The same algorithm under the other client's name, else QBFT, which both clients run. */
function supportedEquivalent(consensus: Consensus, supported: readonly Consensus[]): Consensus {
  const twin: Partial<Record<Consensus, Consensus>> = { ibft2: "istanbul", istanbul: "ibft2" };
  const candidate = twin[consensus];
  return candidate && supported.includes(candidate) ? candidate : "qbft";
}

export const consensusUnsupportedByClient = defineRule(
  {
    code: "core.consensus.unsupported-by-client", pack: "core", severity: "error",
    description: "The consensus algorithm must be one the client runs (Besu: qbft, ibft2, clique; GoQuorum: qbft, istanbul, raft, clique).",
    inputs: (doc) => [doc.network],
  },
  (doc, _ctx, emit) => {
    const { client, consensus } = doc.network;
    const supported = CONSENSUS_BY_CLIENT[client];
    if (supported.includes(consensus)) return;
    const replacement = supportedEquivalent(consensus, supported);
    emit({
      target: { kind: "network", field: "consensus" },
      message: `${client === "besu" ? "Besu" : "GoQuorum"} doesn't run ${CONSENSUS_LABELS[consensus]}; it supports ${supported.join(", ")}.`,
      fix: { label: `Use ${CONSENSUS_LABELS[replacement]}`, patches: [{ op: "replace", path: ["network", "consensus"], value: replacement }] },
    });
  },
);

export const duplicateRegion = defineRule(
  {
    code: "core.region.duplicate", pack: "core", severity: "warning",
    description: "Two document regions in the same cloud region share one failure domain; usually a mistake.",
    inputs: (doc) => [doc.regions],
  },
  (doc, _ctx, emit) => {
    const firstByKey = new Map<string, string>();
    for (const r of doc.regions) {
      const key = regionKeyOf(r);
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, r.id);
      else {
        emit({
          target: { kind: "region", id: r.id },
          message: `Regions '${first}' and '${r.id}' are both ${PROVIDER_LABELS[r.provider]} ${r.region}: they fail together, so outage checks count them as one region.`,
        });
      }
    }
  },
);

export const regionUnknown = defineElementRule(
  "region",
  {
    code: "region.unknown", pack: "core", severity: "error",
    description: "Every region must be in its provider's catalog; latency, cost and compliance checks skip unknown regions.",
  },
  (r, i, _doc, ctx, emit) => {
    if (ctx.regionInfo.has(r.id)) return;
    const provider = PROVIDER_LABELS[r.provider];
    const known = listRegions(r.provider).filter((c) => ctx.services.getRegion(c.provider, c.id)).map((c) => c.id);
    const suggestion = closestName(r.region, known);
    emit({
      target: { kind: "region", id: r.id },
      message: `Region '${r.id}' names ${provider} region '${r.region}', which is not in the ${provider} catalog; latency, cost and compliance checks skip it.${suggestion ? ` Did you mean '${suggestion}'?` : ""}`,
      fix: suggestion ? { label: `Use ${provider} ${suggestion}`, patches: [{ op: "replace", path: ["regions", i, "region"], value: suggestion }] } : undefined,
    });
  },
);

export const noValidators = defineRule(
  {
    code: "core.validators.none", pack: "core", severity: "error",
    description: "A network needs validators (signers, raft peers) to produce blocks.",
    inputs: (doc, ctx) => [doc.network, ctx.validatorCount],
  },
  (doc, ctx, emit) => {
    if (ctx.validatorCount > 0) return;
    const consensus = doc.network.consensus;
    emit({
      target: { kind: "document" },
      message: `The network has no validators, so it cannot produce blocks; ${CONSENSUS_LABELS[consensus]} needs at least ${minimumValidators(consensus)} to tolerate a failure.`,
    });
  },
);

export const primaryRegionMissing = defineRule(
  {
    code: "core.primary-region.missing", pack: "core", severity: "warning",
    description: "One region should be primary: exporters put shared services (monitoring, the hub) there.",
    inputs: (doc, ctx) => [doc.regions, ctx.validatorsByRegion],
  },
  (doc, ctx, emit) => {
    if (doc.regions.length === 0 || doc.regions.some((r) => r.primary)) return;
    // Propose the region with the most validators: the network's centre of gravity.
    const validators = (i: number) => ctx.validatorsByRegion.get(doc.regions[i]!.id) ?? 0;
    let best = 0;
    for (let i = 1; i < doc.regions.length; i++) if (validators(i) > validators(best)) best = i;
    emit({
      target: { kind: "document" },
      message: "No region is marked primary; exporters need one for shared services.",
      fix: { label: `Make ${regionName(doc.regions[best]!)} primary`, patches: [{ op: "replace", path: ["regions", best, "primary"], value: true }] },
    });
  },
);

export const primaryRegionMultiple = defineRule(
  {
    code: "core.primary-region.multiple", pack: "core", severity: "error",
    description: "At most one region can be primary.",
    inputs: (doc) => [doc.regions],
  },
  (doc, _ctx, emit) => {
    const primaries = doc.regions.flatMap((r, i) => (r.primary ? [i] : []));
    if (primaries.length < 2) return;
    const [keep, ...others] = primaries as [number, ...number[]];
    emit({
      target: { kind: "region", id: doc.regions[others[0]!]!.id },
      message: `${primaries.length} regions are marked primary (${listNames(primaries.map((i) => doc.regions[i]!.id))}); only one can be.`,
      fix: {
        label: `Keep ${regionName(doc.regions[keep]!)} as the only primary`,
        patches: others.map((i) => ({ op: "replace" as const, path: ["regions", i, "primary"], value: false })),
      },
    });
  },
);

export const vmSizeUnknown = defineElementRule(
  "nodeGroup",
  {
    code: "core.vm-size.unknown", pack: "core", severity: "warning",
    description: "A node group's VM size should be in the provider's price list (checked only when the cost model publishes one).",
  },
  (g, i, _doc, ctx, emit) => {
    const resolve = ctx.services.resolveVmSize;
    const region = ctx.regionsById.get(g.regionId);
    if (!resolve || !region) return;
    const { listed, suggestion } = resolve(region.provider, g.vmSize);
    if (listed) return;
    const provider = PROVIDER_LABELS[region.provider];
    emit({
      target: { kind: "nodeGroup", id: g.id },
      message: suggestion
        ? `Node group ${groupName(g)} uses VM size '${g.vmSize}', which is not one of ${provider}'s sizes; the closest ${provider} size is ${suggestion}.`
        : `Node group ${groupName(g)} uses VM size '${g.vmSize}', which is not in the ${provider} price list, so its cost is only an estimate.`,
      fix: suggestion ? { label: `Use ${suggestion}`, patches: [{ op: "replace", path: ["nodeGroups", i, "vmSize"], value: suggestion }] } : undefined,
    });
  },
);

export const CORE_RULES = [
  deploymentTypeProviderMismatch, consensusUnsupportedByClient, duplicateRegion, regionUnknown, noValidators,
  primaryRegionMissing, primaryRegionMultiple, vmSizeUnknown,
];
