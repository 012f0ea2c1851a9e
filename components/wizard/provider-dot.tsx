import type { Provider } from "@/lib/domain/schema";

const DOT: Record<Provider, string> = { azure: "bg-azure", aws: "bg-aws", gcp: "bg-gcp" };

/** The provider's one colour, as on the canvas, the map pins and the cost chart. */
export function ProviderDot({ provider, className = "" }: { provider: Provider; className?: string }) {
  return <span aria-hidden className={`inline-block size-2.5 shrink-0 rounded-full ${DOT[provider]} ${className}`} />;
}
