// An organisation's own rules for its designs (the `policy` pack): one schema, the source of the OrgPolicy
// type, so the CLI, the server and the rules agree on what a policy is. Strict: an unknown key is refused,
// since a misspelt rule would otherwise silently not apply.

import { z } from "zod";
import { isRegionKey, parseRegionKey, REGION_ID_PATTERN } from "../region-key";
import { PROVIDERS } from "../schema";

export const TOLERANCES = ["none", "region", "provider"] as const;
export const POLICY_KEYS = [
  "allowedProviders", "allowedRegions", "budgetMonthlyUsd", "requiredTags", "requiredTolerance", "approvalsRequired",
] as const;

const quoted = (input: unknown) => (typeof input === "string" ? `'${input}'` : JSON.stringify(input) ?? String(input));

const listOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (iss) => (iss.code === "invalid_type" ? `must be a list of ${what}` : undefined) });

export const OrgPolicySchema = z.strictObject(
  {
    allowedProviders: listOf(
      z.enum(PROVIDERS, { error: (iss) => `unknown provider ${quoted(iss.input)} (expected ${PROVIDERS.join(", ")})` }),
      "providers",
    ).optional().meta({ description: "Providers every region must be on." }),
    allowedRegions: listOf(
      z.string({ error: "must be a region key such as azure:westeurope" })
        .trim()
        .refine((key) => isRegionKey(key.toLowerCase()) && REGION_ID_PATTERN.test(parseRegionKey(key.toLowerCase()).id), {
          error: (iss) => `must be provider:region such as azure:westeurope or aws:us-east-1, got ${quoted(iss.input)}`,
        }),
      "region keys",
    ).optional().meta({ description: "Region keys such as `azure:westeurope`; when set, every region must be one of them." }),
    budgetMonthlyUsd: z.number({ error: "must be a number of US dollars per month" })
      .positive({ error: "must be a positive number of US dollars per month" })
      .finite()
      .optional(),
    requiredTags: listOf(z.string({ error: "must be a tag name" }).trim().min(1, { error: "tag names can't be empty" }), "tag names")
      .optional().meta({ description: "Tags every design must carry, with a value." }),
    requiredTolerance: z.enum(TOLERANCES, { error: (iss) => `must be none, region or provider, got ${quoted(iss.input)}` })
      .optional().meta({ description: "The failure the design must survive: a single region, or a whole provider." }),
    approvalsRequired: z.number({ error: "must be a whole number from 0 to 10" })
      .int({ error: "must be a whole number from 0 to 10" })
      .min(0, { error: "must be a whole number from 0 to 10" })
      .max(10, { error: "must be a whole number from 0 to 10" })
      .optional().meta({ description: "Approvals a production change needs before export (SOC 2 change management)." }),
  },
  {
    error: (iss) => {
      if (iss.code === "unrecognized_keys") {
        return `unknown policy key${iss.keys.length === 1 ? "" : "s"} ${iss.keys.map(quoted).join(", ")} (expected ${POLICY_KEYS.join(", ")})`;
      }
      if (iss.code === "invalid_type") return "a policy must be an object of settings";
      return undefined;
    },
  },
);

export type OrgPolicy = z.output<typeof OrgPolicySchema>;
export type PolicyKey = (typeof POLICY_KEYS)[number];

