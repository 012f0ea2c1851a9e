// The validators of one round, grouped into classes: one per region, plus the round's leader (proposer,
// in-turn signer or raft leader) as a class of its own. Validators of one class receive every message at the
// same moment, so a round costs O(classes^2) however many validators a region holds. Buffers are allocated
// once per simulation and reused by every round.

import type { DelayField } from "./delay-field";
import { ArrivalList } from "./order-statistic";

export class RoundWorkspace {
  readonly list = new ArrivalList(64);
  /** Document region of each class. */
  readonly classRegion: Int32Array;
  /** Validators in each class. */
  readonly classCount: Float64Array;
  /** The class of each region's validators other than the leader; -1 for regions taking no part. */
  readonly classOfRegion: Int32Array;
  /** Per-class scratch times for the phases of a round, ms. */
  readonly proposalAt: Float64Array;
  readonly preparedAt: Float64Array;
  readonly committedAt: Float64Array;
  size = 0;
  leaderClass = -1;

  constructor(
    readonly field: DelayField,
    regionCount: number,
  ) {
    const capacity = regionCount + 1;
    this.classRegion = new Int32Array(capacity);
    this.classCount = new Float64Array(capacity);
    this.classOfRegion = new Int32Array(regionCount);
    this.proposalAt = new Float64Array(capacity);
    this.preparedAt = new Float64Array(capacity);
    this.committedAt = new Float64Array(capacity);
  }

  /** `counts[r]` validators of region r take part; one of those in `leaderRegion` leads the round. */
  setClasses(counts: ArrayLike<number>, leaderRegion: number): void {
    this.size = 0;
    this.classOfRegion.fill(-1);
    for (let r = 0; r < counts.length; r++) {
      const count = counts[r]! - (r === leaderRegion ? 1 : 0);
      if (count <= 0 && r !== leaderRegion) continue;
      this.classOfRegion[r] = this.size;
      this.classRegion[this.size] = r;
      this.classCount[this.size] = Math.max(0, count);
      this.size++;
    }
    this.leaderClass = this.size;
    this.classRegion[this.size] = leaderRegion;
    this.classCount[this.size] = 1;
    this.size++;
  }

  /** The class a validator of `region` belongs to (the leader's own when `isLeader`); -1 if its region takes no part. */
  classOf(region: number, isLeader: boolean): number {
    return isLeader ? this.leaderClass : this.classOfRegion[region]!;
  }

  /** When class j first hears the leader's broadcast sent at 0 (the leader itself at 0, its region's others one hop later). */
  fillFromLeader(out: Float64Array): void {
    const leaderRegion = this.classRegion[this.leaderClass]!;
    for (let j = 0; j < this.size; j++) {
      const r = this.classRegion[j]!;
      out[j] = j === this.leaderClass ? 0 : r === leaderRegion ? this.field.sameRegionMs(r) : this.field.pathMs(leaderRegion, r);
    }
  }

  /**
   * When class j holds q of the messages every validator sends at `sendMs[its class]`, counting its own at
   * `selfMs` (a validator hears itself at once; its region's others one same-region hop later).
   */
  quorumAt(j: number, sendMs: Float64Array, selfMs: number, q: number): number {
    const { list } = this;
    const oneWayMs = this.field.oneWayMs;
    const r = this.classOfRegion.length;
    list.clear();
    const rj = this.classRegion[j]!;
    for (let k = 0; k < this.size; k++) {
      const count = this.classCount[k]!;
      if (count <= 0) continue;
      // The diagonal holds the same-region hop, so one lookup serves every sender.
      const arrivalMs = sendMs[k]! + oneWayMs[this.classRegion[k]! * r + rj]!;
      if (k === j) {
        list.push(selfMs, 1);
        list.push(arrivalMs, count - 1);
      } else list.push(arrivalMs, count);
    }
    return list.quorumArrival(q);
  }

  /** The q-th smallest of the per-class times, each counted once per validator in its class. */
  quorumOver(times: Float64Array, q: number): number {
    const { list } = this;
    list.clear();
    for (let k = 0; k < this.size; k++) list.push(times[k]!, this.classCount[k]!);
    return list.quorumArrival(q);
  }
}
