import http from "node:http";
import https from "node:https";
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from "request-filtering-agent";
import { AppError } from "../errors";
import { hostAllowed, outboundPolicy, type OutboundPolicy } from "./outbound-policy";

/** A request the server refused to make, or whose answer it refused to read: the user's input named a bad target. */
export class OutboundRefusedError extends AppError {
  constructor(message: string) {
    super(400, "outbound_refused", message);
  }
}

export interface OutboundRequest {
  method?: "GET" | "POST" | "HEAD";
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface OutboundResponse {
  /** The URL finally answered (after redirects). */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * The one client for every URL the server fetches for a user. Only http(s); every address a name resolves
 * to is checked at connection time (so DNS rebinding cannot slip past), and private, loopback, link-local,
 * metadata and reserved addresses are refused unless the operator allows them; redirects are followed by
 * hand, each hop checked again; a timeout covers the whole exchange and the body is capped.
 */
export async function guardedFetch(url: string, request: OutboundRequest = {}, policy: OutboundPolicy = outboundPolicy()): Promise<OutboundResponse> {
  const deadline = Date.now() + policy.timeoutMs;
  let current = parseTarget(url, policy);
  let method = request.method ?? "GET";
  let body = request.body;
  for (let hop = 0; ; hop++) {
    const response = await send(current, { ...request, method, body }, policy, deadline);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= policy.maxRedirects) throw new OutboundRefusedError(`${current.origin} redirected more than ${policy.maxRedirects} times.`);
      current = parseTarget(new URL(location, current).toString(), policy);
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
      }
      continue;
    }
    return response;
  }
}

function parseTarget(url: string, policy: OutboundPolicy): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new OutboundRefusedError(`"${url.slice(0, 200)}" is not a URL.`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new OutboundRefusedError(`Only http and https URLs can be reached, not ${target.protocol.replace(":", "")}.`);
  if (target.username || target.password) throw new OutboundRefusedError("Put credentials in the settings meant for them, not in the URL.");
  if (!hostAllowed(target.hostname, policy.allowedHosts)) throw new OutboundRefusedError(`${target.hostname} is not on this server's list of hosts it may reach.`);
  return target;
}

function send(target: URL, request: OutboundRequest & { method: string }, policy: OutboundPolicy, deadline: number): Promise<OutboundResponse> {
  const options = { allowPrivateIPAddress: false, allowMetaIPAddress: false, allowIPAddressList: [...policy.allowAddresses] };
  const agent = target.protocol === "https:" ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
  const transport = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new OutboundRefusedError(`${target.origin} did not answer within ${policy.timeoutMs} ms.`));
    const req = transport.request(target, { method: request.method, headers: request.headers, agent, timeout: remaining }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > policy.maxBytes) {
          req.destroy();
          reject(new OutboundRefusedError(`${target.origin} sent more than ${policy.maxBytes} bytes.`));
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => resolve({ url: target.toString(), status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", (error) => reject(refusal(target, error)));
    });
    const timer = setTimeout(() => req.destroy(new Error("timeout")), remaining);
    req.on("close", () => clearTimeout(timer));
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (error) => reject(refusal(target, error, policy)));
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

function refusal(target: URL, error: Error, policy?: OutboundPolicy): AppError {
  if (error.message === "timeout") return new OutboundRefusedError(`${target.origin} did not answer within ${policy?.timeoutMs ?? "the allowed"} ms.`);
  // request-filtering-agent's words: "DNS lookup 127.0.0.1(family:4, host:localhost) is not allowed. Because, It is private IP address."
  if (/is not allowed/.test(error.message)) {
    return new OutboundRefusedError(`${target.hostname} resolves to an address this server may not reach (private, loopback, link-local, metadata or reserved); an operator can allow it with MERIDIAN_OUTBOUND_ALLOW.`);
  }
  return new AppError(502, "outbound_failed", `${target.origin} could not be reached: ${error.message}`);
}
