// The audit log's hash chain: each event's hash covers the previous hash and the event's canonical form, so
// any change, insertion or removal inside the chain changes every hash after it. Pure, so the server and the
// offline `meridian audit verify` compute it identically.

import { canonicalJson, sha256Hex } from "../canonical";

/** The hash before an organisation's first event. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit event's hash covers: everything but its own id and hash. */
export interface ChainedFields {
  organizationId: string;
  seq: number;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  requestId: string;
  occurredAt: Date;
  beforeDigest: string | null;
  afterDigest: string | null;
  data: unknown;
}

/** A stored event: its chained fields, the hash before it and its own. */
export interface ChainedEvent extends ChainedFields {
  id: string;
  prevHash: string;
  hash: string;
}

/** SHA-256 over the previous hash and the event's canonical serialisation (the chained fields only). */
export function chainHash(prevHash: string, event: ChainedFields): string {
  const e = event;
  const fields: ChainedFields = {
    organizationId: e.organizationId, seq: e.seq, actorId: e.actorId, actorEmail: e.actorEmail, action: e.action,
    targetType: e.targetType, targetId: e.targetId, requestId: e.requestId, occurredAt: e.occurredAt,
    beforeDigest: e.beforeDigest, afterDigest: e.afterDigest, data: e.data,
  };
  return sha256Hex(`${prevHash}\n${canonicalJson({ ...fields, occurredAt: e.occurredAt.toISOString() })}`);
}
