// Collects what every simulated round produced, overall and per region of its proposer (or leader).

import { Samples } from "./stats";

export interface RegionTally {
  rounds: number;
  roundChanges: number;
  readonly commits: Samples;
}

export class TimingTally {
  readonly commits = new Samples();
  readonly intervals = new Samples();
  readonly perRegion = new Map<number, RegionTally>();
  rounds = 0;
  roundChanges = 0;

  /** One block: its round-0 leader's region, the round's commit time if it completed, and the block interval. */
  record(region: number, commitMs: number | undefined, roundChanged: boolean, intervalMs: number): void {
    let tally = this.perRegion.get(region);
    if (!tally) this.perRegion.set(region, (tally = { rounds: 0, roundChanges: 0, commits: new Samples() }));
    tally.rounds++;
    this.rounds++;
    if (roundChanged) {
      tally.roundChanges++;
      this.roundChanges++;
    }
    if (commitMs !== undefined && Number.isFinite(commitMs)) {
      tally.commits.push(commitMs);
      this.commits.push(commitMs);
    }
    if (Number.isFinite(intervalMs)) this.intervals.push(intervalMs);
  }
}
