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
  const { beforeSeq, afterSeq } = chainHashParts(event);
  return sha256Hex(`${prevHash}\n${beforeSeq}${event.seq}${afterSeq}`);
}

/**
 * The hashed text of an event around its sequence number: the text is `prevHash + "\n" + beforeSeq + seq +
 * afterSeq`. The database appends an event in one statement, computing the hash where it takes the next
 * sequence number from the locked head row; both sides build the text from these parts, so they cannot differ.
 * The parts are the canonical JSON of the chained fields (keys sorted, occurredAt as ISO text), split at "seq".
 */
export function chainHashParts(event: Omit<ChainedFields, "seq">): { beforeSeq: string; afterSeq: string } {
  const e = event;
  const fields: Record<string, unknown> = {
    organizationId: e.organizationId, actorId: e.actorId, actorEmail: e.actorEmail, action: e.action,
    targetType: e.targetType, targetId: e.targetId, requestId: e.requestId, occurredAt: e.occurredAt.toISOString(),
    beforeDigest: e.beforeDigest, afterDigest: e.afterDigest, data: e.data,
  };
  const keys = [...Object.keys(fields).filter((k) => fields[k] !== undefined), "seq"].sort();
  const bySeq = keys.indexOf("seq");
  const entry = (k: string) => `${JSON.stringify(k)}:${canonicalJson(fields[k])}`;
  const before = keys.slice(0, bySeq).map(entry);
  const after = keys.slice(bySeq + 1).map(entry);
  return {
    beforeSeq: `{${before.join(",")}${before.length > 0 ? "," : ""}"seq":`,
    afterSeq: `${after.length > 0 ? "," : ""}${after.join(",")}}`,
  };
}
