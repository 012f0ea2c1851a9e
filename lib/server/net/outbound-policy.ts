/**
 * What the server may reach on a user's behalf (Prometheus, Git remotes, JSON-RPC endpoints, DNS checks),
 * set by the operator and read once from the environment:
 * - MERIDIAN_OUTBOUND_ALLOW: addresses or CIDRs (comma-separated) allowed although private, loopback,
 *   link-local or reserved, e.g. an in-cluster Prometheus at 10.0.0.0/8. Nothing of the kind by default.
 * - MERIDIAN_OUTBOUND_HOSTS: when set, the only host names that may be reached (exact, or "*.example.com").
 * - MERIDIAN_OUTBOUND_TIMEOUT_MS (default 10000) and MERIDIAN_OUTBOUND_MAX_BYTES (default 10 MiB).
 */
export interface OutboundPolicy {
  allowAddresses: readonly string[];
  allowedHosts: readonly string[] | null;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

const list = (raw: string | undefined) => (raw ?? "").split(",").map((s) => s.trim()).filter(Boolean);

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1, got "${raw}"`);
  return value;
}

export function outboundPolicy(): OutboundPolicy {
  const hosts = list(process.env.MERIDIAN_OUTBOUND_HOSTS).map((h) => h.toLowerCase());
  return {
    allowAddresses: list(process.env.MERIDIAN_OUTBOUND_ALLOW),
    allowedHosts: hosts.length ? hosts : null,
    timeoutMs: positive("MERIDIAN_OUTBOUND_TIMEOUT_MS", 10_000),
    maxBytes: positive("MERIDIAN_OUTBOUND_MAX_BYTES", 10 * 1024 * 1024),
    maxRedirects: 5,
  };
}

/** Whether a host name is on the operator's list (when there is one). */
export function hostAllowed(host: string, allowedHosts: readonly string[] | null): boolean {
  if (!allowedHosts) return true;
  const name = host.toLowerCase().replace(/\.$/, "");
  return allowedHosts.some((entry) => (entry.startsWith("*.") ? name.endsWith(entry.slice(1)) && name.length > entry.length - 1 : name === entry));
}
