// The new-network wizard's answers: one zod schema, the source of their type and of every check a wizard
// step shows (the UI reads the issues by path; proposeTopology parses with it again).

import { z } from "zod";
import { getRegion, listRegions } from "../catalog";
import { sovereignCloudOf } from "../net/connectivity";
import { closestName } from "../rules/closest-name";
import { TOLERANCES } from "../rules/policy-schema";
import {
  CLIENTS, COMPLIANCE_PACKS, CONSENSUS_ALGORITHMS, CONSENSUS_BY_CLIENT, PROVIDER_LABELS, PROVIDERS,
} from "../schema";
import { regionKeyOf } from "../region-key";

export const MAX_WIZARD_REGIONS = 20;

export const WizardRegionSchema = z.strictObject({
  provider: z.enum(PROVIDERS),
  region: z.string().trim().min(1).max(64).meta({ description: "The provider's region id: eastus, us-east-1, europe-west1." }),
});

export const WizardAnswersSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    client: z.enum(CLIENTS),
    consensus: z.enum(CONSENSUS_ALGORITHMS),
    providers: z.array(z.enum(PROVIDERS)).min(1, "choose at least one cloud provider").max(PROVIDERS.length),
    regions: z
      .array(WizardRegionSchema)
      .min(1, "choose at least one region")
      .max(MAX_WIZARD_REGIONS)
      .meta({ description: "The regions to run in; the first is the primary." }),
    tolerance: z.enum(TOLERANCES).meta({ description: "The failure to survive: none, any one region, or any one cloud." }),
    packs: z.array(z.enum(COMPLIANCE_PACKS)).default([]),
    budgetMonthlyUsd: z.number().positive().max(1e9).optional(),
    chainId: z.number().int().min(1).max(4_294_967_295).default(1337),
    existing: z.boolean().default(false).meta({ description: "The design describes a network that already runs (keeps a legacy client or consensus)." }),
  })
  .superRefine((a, ctx) => {
    const supported = CONSENSUS_BY_CLIENT[a.client];
    if (!supported.includes(a.consensus)) {
      ctx.addIssue({
        code: "custom", path: ["consensus"],
        message: `${a.client === "besu" ? "Besu" : "GoQuorum"} doesn't run ${a.consensus}; it supports ${supported.join(", ")}`,
      });
    }
    a.providers.forEach((p, i) => {
      if (a.providers.indexOf(p) !== i) ctx.addIssue({ code: "custom", path: ["providers", i], message: `${PROVIDER_LABELS[p]} is chosen twice` });
      else if (!a.regions.some((r) => r.provider === p)) {
        ctx.addIssue({ code: "custom", path: ["providers", i], message: `choose at least one ${PROVIDER_LABELS[p]} region, or drop ${PROVIDER_LABELS[p]}` });
      }
    });
    const seen = new Set<string>();
    let firstCloud: { key: string; region: string; cloudName: string } | undefined;
    a.regions.forEach((r, i) => {
      const label = PROVIDER_LABELS[r.provider];
      if (!a.providers.includes(r.provider)) {
        ctx.addIssue({ code: "custom", path: ["regions", i, "provider"], message: `${label} is not among the chosen providers` });
      }
      const info = getRegion(r.provider, r.region);
      if (!info) {
        const guess = closestName(r.region, listRegions(r.provider).map((c) => c.id));
        ctx.addIssue({
          code: "custom", path: ["regions", i, "region"],
          message: `'${r.region}' is not ${/^[AEIOU]/.test(label) ? "an" : "a"} ${label} region Meridian knows${guess ? `; did you mean '${guess}'?` : ""}`,
        });
        return;
      }
      const key = regionKeyOf(r);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["regions", i], message: `${label} ${r.region} is chosen twice` });
      seen.add(key);
      // Sovereign clouds (gov, dod, china) can't connect to anything outside themselves.
      const cloud = sovereignCloudOf(r.provider, info.classification);
      const cloudName = info.classification === "commercial" ? "commercial" : `${label} ${info.classification}`;
      const first = firstCloud;
      if (first && first.key !== cloud) {
        ctx.addIssue({
          code: "custom", path: ["regions", i],
          message: `${label} ${r.region} is in the ${cloudName} cloud and can't connect to ${first.region} (${first.cloudName} cloud); choose regions of one cloud`,
        });
      }
      firstCloud ??= { key: cloud, region: `${label} ${r.region}`, cloudName };
    });
  });

export type WizardAnswers = z.output<typeof WizardAnswersSchema>;
export type WizardAnswersInput = z.input<typeof WizardAnswersSchema>;
export type WizardRegion = z.output<typeof WizardRegionSchema>;
export type Tolerance = WizardAnswers["tolerance"];
