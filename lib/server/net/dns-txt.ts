import { Resolver } from "node:dns/promises";
import { AppError } from "../errors";

/**
 * TXT records of a name, asked of the resolvers in MERIDIAN_DNS_SERVERS ("1.1.1.1, 10.0.0.2:5353") or the
 * system's. A name with no TXT records (or none at all) answers []; a resolver that fails is a 502.
 */
export async function txtRecords(name: string, servers: readonly string[] = configuredDnsServers()): Promise<string[]> {
  const resolver = new Resolver({ timeout: 3000, tries: 2 });
  if (servers.length > 0) resolver.setServers([...servers]);
  try {
    return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTFOUND" || code === "ENODATA" || code === "NXDOMAIN") return [];
    throw new AppError(502, "dns_failed", `The DNS lookup of ${name} failed (${code ?? (error as Error).message}); try again in a moment.`);
  }
}

export function configuredDnsServers(): string[] {
  return (process.env.MERIDIAN_DNS_SERVERS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}
