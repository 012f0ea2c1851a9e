import type { TemplateView } from "@/lib/domain/api";
import { PROVIDER_LABELS } from "@/lib/domain/schema";

export const SURVIVES_LABEL: Record<TemplateView["survives"], string> = {
  none: "No outage tolerance",
  region: "Survives any one region",
  provider: "Survives any one cloud",
};

export const PACK_LABEL: Record<string, string> = { gdpr: "GDPR", hipaa: "HIPAA", soc2: "SOC 2" };

export const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

export function providersText(t: Pick<TemplateView, "providers">): string {
  return t.providers.map((p) => PROVIDER_LABELS[p]).join(" + ");
}
