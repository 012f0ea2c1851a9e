import type { Provider } from "../../schema/enums";

/**
 * What a size is for; equivalence prefers the same class so a memory-optimised node stays memory-optimised.
 * "economy" groups burstable (Azure B, AWS T3) and cost-optimised (GCP E2) sizes.
 */
export type SizeClass = "general" | "memory" | "compute" | "economy";

export interface VmSizeSpec {
  readonly provider: Provider;
  /** The provider's own name: Standard_D4s_v5, m6i.xlarge, n2-standard-4. */
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly sizeClass: SizeClass;
  /** On-demand Linux list price per hour in the provider's reference region (see PRICE_SOURCES). */
  readonly hourlyUsd: number;
  /**
   * Whether "what would this cost elsewhere?" may map to this size. Only one current family per class is a
   * target (Dsv5/Esv5/Fsv2/B, m6i/r6i/c6i/t3, n2/E2), so equivalents compare like with like rather than
   * picking whichever older or AMD generation happens to be cheapest.
   */
  readonly equivalenceTarget: boolean;
}

type Row = readonly [name: string, vcpu: number, memoryGiB: number, sizeClass: SizeClass, hourlyUsd: number, alt?: "alt"];

/** Tables are written as rows to stay readable; this turns them into frozen specs. "alt" marks non-targets. */
export function defineSizes(provider: Provider, rows: readonly Row[]): readonly VmSizeSpec[] {
  return Object.freeze(
    rows.map(([name, vcpu, memoryGiB, sizeClass, hourlyUsd, alt]) =>
      Object.freeze({ provider, name, vcpu, memoryGiB, sizeClass, hourlyUsd, equivalenceTarget: alt !== "alt" }),
    ),
  );
}
