/** Curated templates ship with the code; their keys are "curated.<slug>", published ones use their row id. */
export const CURATED_PREFIX = "curated.";

export const curatedKey = (slug: string) => `${CURATED_PREFIX}${slug}`;

export function curatedSlugOf(key: string): string | undefined {
  return key.startsWith(CURATED_PREFIX) ? key.slice(CURATED_PREFIX.length) : undefined;
}
