// Container images for a design, from the support data's release pins (lib/domain/support/releases.ts is the one
// place to bump them): the current Besu on a supported stack, the last release that runs a kept legacy choice.

import type { TopologyDocument } from "../schema";
import { imageRef as pinRef, releasePlan, RELEASES, type ReleasePin } from "../support";

/** The image every node of the design runs (Besu or GoQuorum). */
export function clientImage(doc: TopologyDocument): ReleasePin {
  return releasePlan(doc).client;
}

/** Tessera's image, for designs with private members. */
export function tesseraImage(doc: TopologyDocument): ReleasePin {
  return releasePlan(doc).tessera ?? RELEASES.tessera;
}

export function clientImageRef(doc: TopologyDocument): string {
  return pinRef(clientImage(doc));
}

export function tesseraImageRef(doc: TopologyDocument): string {
  return pinRef(tesseraImage(doc));
}

/** The node's p2p (devp2p RLPx and discovery), JSON-RPC, WebSocket, GraphQL and metrics ports. */
export const PORTS = {
  p2p: 30303,
  rpcHttp: 8545,
  rpcWs: 8546,
  graphql: 8547,
  metrics: 9545,
  tesseraP2p: 9000,
  tesseraThirdParty: 9080,
  tesseraQ2t: 9101,
  raft: 53000,
} as const;
