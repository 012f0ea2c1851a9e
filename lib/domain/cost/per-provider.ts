import type { Provider } from "../schema/enums";

/** A record with one value per provider, typed exactly (Object.fromEntries loses the keys). */
export function perProvider<T>(make: (provider: Provider) => T): Record<Provider, T> {
  return { azure: make("azure"), aws: make("aws"), gcp: make("gcp") };
}
