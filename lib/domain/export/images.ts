// Container images, pinned so an export deploys the same software tomorrow. One place to bump them.
// Besu 24.12 still runs QBFT, IBFT 2.0, Clique and Tessera privacy. GoQuorum 24.4.0 and Tessera 24.4 are the
// tags Hyperledger FireFly's CLI pins for GoQuorum stacks.

export const IMAGES = {
  besu: { repository: "hyperledger/besu", tag: "24.12.2" },
  goquorum: { repository: "quorumengineering/quorum", tag: "24.4.0" },
  tessera: { repository: "quorumengineering/tessera", tag: "24.4" },
} as const;

export function imageRef(name: keyof typeof IMAGES): string {
  return `${IMAGES[name].repository}:${IMAGES[name].tag}`;
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
