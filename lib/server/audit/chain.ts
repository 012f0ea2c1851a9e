import { canonicalJson, sha256Hex } from "@/lib/domain/canonical";

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

/** SHA-256 over the previous hash and the event's canonical serialisation. */
export function chainHash(prevHash: string, event: ChainedFields): string {
  return sha256Hex(`${prevHash}\n${canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() })}`);
}
