import { BlockList, isIP } from "node:net";
import { installPeerAddressStamp, peerAddress } from "./peer-address";

// Installed as soon as anything that reads client addresses loads, so the requests after it are stamped.
installPeerAddressStamp();

/** The address used when no socket address is known (a request that arrived before the stamp was installed). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The proxies whose X-Forwarded-For is believed: MERIDIAN_TRUSTED_PROXIES, comma-separated addresses and
 * CIDR ranges (`10.0.0.0/8, 192.0.2.7, 2001:db8::/32`). Empty by default: the socket's address is the
 * client's. A malformed entry is an error, never silently dropped.
 */
export function trustedProxies(setting = process.env.MERIDIAN_TRUSTED_PROXIES): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const range = proxyRange(entry);
    if (!range) throw new Error(`MERIDIAN_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 192.0.2.7, 2001:db8::/32).`);
    if (range.prefix === undefined) list.addAddress(range.address, range.type);
    else list.addSubnet(range.address, range.prefix, range.type);
  }
  return list;
}

/** "10.0.0.0/8" or "192.0.2.7" as an address, its family and prefix; null when it is neither. */
function proxyRange(entry: string): { address: string; type: "ipv4" | "ipv6"; prefix?: number } | null {
  const [raw = "", bits, extra] = entry.split("/");
  const address = normalise(raw);
  if (!address || extra !== undefined) return null;
  const type = isIP(address) === 4 ? "ipv4" : "ipv6";
  if (bits === undefined) return { address, type };
  const prefix = Number(bits);
  if (!/^\d+$/.test(bits) || prefix > (type === "ipv4" ? 32 : 128)) return null;
  return { address, type, prefix };
}

/** An address without IPv6 zone or brackets, IPv4-mapped IPv6 as plain IPv4; null when it is none. */
export function normalise(raw: string): string | null {
  let address = raw.trim();
  if (address.startsWith("[")) address = address.slice(1, address.indexOf("]") > 0 ? address.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) ? address.toLowerCase() : null;
}

function isTrusted(address: string, proxies: BlockList): boolean {
  return proxies.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client behind a request: the socket's address, unless that is a trusted proxy; then X-Forwarded-For
 * is read from the right, skipping trusted proxies, and the first address not trusted is the client (the
 * ones to its left are whatever the client wrote). Everything trusted: the leftmost entry.
 */
export function resolveClientAddress(peer: string | null, forwardedFor: string | null, proxies: BlockList): string {
  let client = peer === null ? null : normalise(peer);
  if (!client) return UNKNOWN_ADDRESS;
  const hops = (forwardedFor ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  while (isTrusted(client, proxies) && hops.length > 0) {
    const hop = normalise(hops.pop()!);
    // A hop that is no address came from the client's own header: the proxy's word ends here.
    if (!hop) break;
    client = hop;
  }
  return client;
}

const globalForProxies = globalThis as unknown as { meridianTrustedProxies?: { setting: string; list: BlockList } };

/** The client address of a request, from its stamped socket address and MERIDIAN_TRUSTED_PROXIES. */
export function clientAddress(headers: Headers): string {
  const setting = process.env.MERIDIAN_TRUSTED_PROXIES ?? "";
  if (globalForProxies.meridianTrustedProxies?.setting !== setting) {
    globalForProxies.meridianTrustedProxies = { setting, list: trustedProxies(setting) };
  }
  return resolveClientAddress(peerAddress(headers), headers.get("x-forwarded-for"), globalForProxies.meridianTrustedProxies.list);
}
