// Verifies an organisation's audit chain event by event (fed in seq order, in batches or from a file), then
// against the signed checkpoints: a rewritten event, a cut-off tail or a deleted log all show, with the
// first sequence number that is wrong.

import { z } from "zod";
import { chainHash, GENESIS_HASH, type ChainedEvent } from "./chain";
import { checkCheckpoint, type AuditCheckpoint, type TrustedKeys } from "./checkpoint";

export const ChainBreakSchema = z.object({
  seq: z.number().int(),
  /** The stored event's id, when the break is at an event that exists ("" when it is missing). */
  id: z.string(),
  reason: z.string(),
});
export type ChainBreak = z.infer<typeof ChainBreakSchema>;

/** The verdict on a chain (GET /api/audit/verify, `meridian audit verify --format json`). */
export const ChainReportSchema = z.object({
  ok: z.boolean(),
  /** Events whose hash was recomputed and found to follow from the one before. */
  checked: z.number().int(),
  /** The sequence number the database's head row records (null when verifying a file without a head). */
  headSeq: z.number().int().nullable(),
  firstBroken: ChainBreakSchema.optional(),
  checkpoints: z.object({
    /** Checkpoints signed by a trusted key, whose signature verifies. */
    trusted: z.number().int(),
    /** Signed by a key the verifier does not know (ignored: they prove nothing). */
    unknownKey: z.number().int(),
    latest: z.object({ seq: z.number().int(), at: z.iso.datetime({ offset: true }), keyId: z.string() }).nullable(),
  }),
  /** Events after the newest trusted checkpoint: the window a database-level attacker could still rewrite unseen. */
  unanchored: z.number().int(),
});
export type ChainReport = z.infer<typeof ChainReportSchema>;

export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private expectedSeq = 1;
  private checked = 0;
  private broken: ChainBreak | undefined;
  /** A checkpoint whose signature fails: reported, but the walk goes on so an earlier break still shows. */
  private forged: ChainBreak | undefined;
  private readonly bySeq = new Map<number, AuditCheckpoint[]>();
  private readonly trusted: AuditCheckpoint[] = [];
  private unknownKey = 0;
  /** The newest checkpoint that matched, so a mismatch can say after which event history still held. */
  private lastMatched = 0;

  /**
   * `from` resumes after an event already proven (a trusted checkpoint's seq and hash): only the events after
   * it are fed and checked, which is how a new checkpoint is taken without re-reading the whole log.
   */
  constructor(
    private readonly organizationId: string,
    checkpoints: readonly AuditCheckpoint[],
    keys: TrustedKeys,
    from?: { seq: number; hash: string },
  ) {
    if (from) {
      this.prevHash = from.hash;
      this.expectedSeq = from.seq + 1;
      this.checked = from.seq;
    }
    for (const c of checkpoints) {
      if (c.organizationId !== organizationId) continue;
      const trust = checkCheckpoint(c, keys);
      if (trust === "unknown-key") this.unknownKey += 1;
      else if (trust === "bad-signature") {
        if (!this.forged || c.seq < this.forged.seq) {
          this.forged = { seq: c.seq, id: "", reason: `the checkpoint for event ${c.seq} (${c.at}) has a signature that does not verify: it was forged or altered` };
        }
      }
      else {
        this.trusted.push(c);
        this.bySeq.set(c.seq, [...(this.bySeq.get(c.seq) ?? []), c]);
      }
    }
  }

  /** Feeds the next event; false once the chain is broken (the caller may stop reading). */
  add(event: ChainedEvent): boolean {
    if (this.broken) return false;
    if (event.organizationId !== this.organizationId) {
      return this.fail({ seq: event.seq, id: event.id, reason: `it belongs to another organisation (${event.organizationId})` });
    }
    if (event.seq !== this.expectedSeq) {
      return this.fail({ seq: this.expectedSeq, id: "", reason: `event ${this.expectedSeq} is missing` });
    }
    if (event.prevHash !== this.prevHash) {
      return this.fail({ seq: event.seq, id: event.id, reason: "its previous-hash does not match the hash of the event before it" });
    }
    if (chainHash(this.prevHash, event) !== event.hash) {
      return this.fail({ seq: event.seq, id: event.id, reason: "its contents no longer match its hash (the event was altered)" });
    }
    for (const c of this.bySeq.get(event.seq) ?? []) {
      if (c.hash !== event.hash) {
        const since = this.lastMatched > 0 ? `after event ${this.lastMatched}, which matches its checkpoint, and ` : "";
        return this.fail({
          seq: event.seq, id: event.id,
          reason: `it differs from the checkpoint signed at ${c.at}: history was rewritten ${since}at or before this event`,
        });
      }
      this.lastMatched = event.seq;
    }
    this.prevHash = event.hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return true;
  }

  /** The verdict, once every event was fed; `head` is the database's head row (undefined for a file). */
  finish(head?: { seq: number; hash: string } | null): ChainReport {
    const latest = this.trusted.reduce<AuditCheckpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
    if (!this.broken && latest && latest.seq > this.checked) {
      this.fail({
        seq: this.checked + 1, id: "",
        reason: this.checked === 0
          ? `the log is empty, but a checkpoint signed at ${latest.at} covers ${latest.seq} events: the log was deleted`
          : `the log ends at event ${this.checked}, but a checkpoint signed at ${latest.at} covers ${latest.seq}: events were removed`,
      });
    }
    if (!this.broken && head !== undefined) {
      const headSeq = head?.seq ?? 0;
      if (headSeq !== this.checked || (head && head.hash !== this.prevHash)) {
        this.fail({ seq: this.checked + 1, id: "", reason: `the chain ends at event ${this.checked} but its head records ${headSeq} events` });
      }
    }
    if (this.forged) this.fail(this.forged);
    return {
      ok: !this.broken,
      checked: this.checked,
      headSeq: head === undefined ? null : (head?.seq ?? 0),
      ...(this.broken && { firstBroken: this.broken }),
      checkpoints: {
        trusted: this.trusted.length,
        unknownKey: this.unknownKey,
        latest: latest && { seq: latest.seq, at: latest.at, keyId: latest.keyId },
      },
      unanchored: Math.max(0, this.checked - (latest?.seq ?? 0)),
    };
  }

  private fail(found: ChainBreak): false {
    // The earliest sequence wins: a forged checkpoint found up front must not hide an earlier broken event.
    if (!this.broken || found.seq < this.broken.seq) this.broken = found;
    return false;
  }
}
