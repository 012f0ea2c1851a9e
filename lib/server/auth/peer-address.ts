import { randomBytes, timingSafeEqual } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";

/**
 * Route handlers see headers, never the socket, and Next keeps an X-Forwarded-For the client sent itself.
 * So the socket's address is written into a header of our own as each request arrives (Node's
 * `http.server.request.start` channel fires before Next reads the headers), replacing anything the client
 * sent under that name. The value carries a random per-process token: a request that arrived before this
 * hook was installed cannot pass a header of its own making for the socket's address.
 */
export const PEER_HEADER = "x-meridian-peer";

const globalForPeer = globalThis as unknown as { meridianPeerToken?: string };

export function installPeerAddressStamp(): void {
  if (globalForPeer.meridianPeerToken) return;
  const token = randomBytes(16).toString("hex");
  globalForPeer.meridianPeerToken = token;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: { headers: Record<string, unknown> }; socket: { remoteAddress?: string } };
    request.headers[PEER_HEADER] = `${token} ${socket.remoteAddress ?? ""}`;
  });
}

/** The socket address stamped on this request, or null when there is none this process vouches for. */
export function peerAddress(headers: Headers): string | null {
  const token = globalForPeer.meridianPeerToken;
  const value = headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(" ");
  const given = Buffer.from(space < 0 ? value : value.slice(0, space));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1) || null;
}

/** The header a request from `address` carries once stamped, for tests that call handlers directly. */
export function peerHeaderForTesting(address: string): [string, string] {
  installPeerAddressStamp();
  return [PEER_HEADER, `${globalForPeer.meridianPeerToken} ${address}`];
}
