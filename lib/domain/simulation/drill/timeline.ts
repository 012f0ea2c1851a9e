// The drill's phases: before the failure, during it, after recovery. Each phase fixes which validators are up,
// what the connectivity model has lost, and so the paths, delay field and round workspace rounds use. The
// failure is resolved when the drill first reaches it (a `validators` failure takes the validators due to
// propose then).

import { validatorConnectivity, validatorGroups } from "../../consensus/failure-domains";
import type { Outage } from "../../net/connectivity";
import type { SimulationNetwork } from "../network";
import { DelayField } from "../timing/delay-field";
import { buildRegionPaths } from "../timing/paths";
import { RoundWorkspace } from "../timing/workspace";
import type { ResolvedFailure } from "./failure";
import type { DrillSpec } from "./types";

export interface Phase {
  readonly fromMs: number;
  readonly toMs: number;
  /** Validators up (1) in this phase. */
  readonly up: Uint8Array;
  readonly upCount: number;
  /** Up validators per document region. */
  readonly counts: Float64Array;
  readonly outage: Outage;
  readonly field: DelayField;
  readonly ws: RoundWorkspace;
  /** The most up validators that can exchange messages (Raft: that one leader reaches directly). */
  readonly connected: number;
  readonly canProduce: boolean;
  /** Regions (1) whose validators are in the largest group that can exchange messages. */
  readonly inMainGroup: Uint8Array;
  /** Engine bookkeeping: the message wave the field was last drawn for. */
  drawnFor: number;
}

export class DrillTimeline {
  private readonly phases: Phase[];
  private resolved: ResolvedFailure | undefined;
  /** The rotation position due to propose now; engines keep it current so a failure can pick "the next ones". */
  currentPosition = 0;

  constructor(
    private readonly network: SimulationNetwork,
    readonly spec: DrillSpec,
    private readonly resolve: (position: number) => ResolvedFailure,
  ) {
    const everyoneUp = new Uint8Array(network.validators.length).fill(1);
    this.phases = [this.buildPhase(0, spec.atMs, everyoneUp, {})];
  }

  get failure(): ResolvedFailure {
    this.ensureResolved();
    return this.resolved!;
  }

  get recoverAtMs(): number {
    return this.spec.recoverAtMs ?? Infinity;
  }

  phaseAt(timeMs: number): Phase {
    if (timeMs >= this.spec.atMs) this.ensureResolved();
    for (let i = this.phases.length - 1; i > 0; i--) if (timeMs >= this.phases[i]!.fromMs) return this.phases[i]!;
    return this.phases[0]!;
  }

  /** Every phase, in order (resolving the failure). */
  allPhases(): readonly Phase[] {
    this.ensureResolved();
    return this.phases;
  }

  /** The first phase change after `timeMs`; Infinity when none. */
  nextBoundaryAfter(timeMs: number): number {
    for (const t of [this.spec.atMs, this.recoverAtMs]) if (t > timeMs) return t;
    return Infinity;
  }

  isDown(validator: number): boolean {
    return this.failure.down[validator] === 1;
  }

  isUp(validator: number, timeMs: number): boolean {
    if (timeMs < this.spec.atMs || timeMs >= this.recoverAtMs) return true;
    return !this.isDown(validator);
  }

  /**
   * When a validator whose round timer entered `round` at `atMs` enters round `target` by timeouts alone,
   * given `between(from, to)` ms from round to round. A validator that crashed on the way restarts at the
   * recovery in round 0 (Infinity without recovery).
   */
  timerEntryMs(validator: number, round: number, atMs: number, target: number, between: (from: number, to: number) => number): number {
    if (target < round) return -Infinity;
    const entry = atMs + between(round, target);
    if (entry < this.spec.atMs || atMs >= this.spec.atMs || !this.isDown(validator)) return entry;
    return this.recoverAtMs === Infinity ? Infinity : this.recoverAtMs + between(0, target);
  }

  /** When a validator down at `timeMs` is up again (Infinity: not within the drill). */
  upAgainAtMs(validator: number, timeMs: number): number {
    return this.isUp(validator, timeMs) ? timeMs : this.recoverAtMs;
  }

  private ensureResolved(): void {
    if (this.resolved) return;
    const failure = this.resolve(this.currentPosition);
    this.resolved = failure;
    const up = Uint8Array.from(failure.down, (d) => 1 - d);
    const outage: Outage = { ...(failure.lostRegions ? { lost: failure.lostRegions } : {}), ...(failure.linkId !== undefined ? { link: failure.linkId } : {}) };
    this.phases.push(this.buildPhase(this.spec.atMs, this.recoverAtMs, up, outage));
    if (this.spec.recoverAtMs !== undefined) {
      this.phases.push(this.buildPhase(this.spec.recoverAtMs, Infinity, new Uint8Array(this.network.validators.length).fill(1), {}));
    }
  }

  private buildPhase(fromMs: number, toMs: number, up: Uint8Array, outage: Outage): Phase {
    const { network } = this;
    const counts = new Float64Array(network.regions.length);
    let upCount = 0;
    for (const v of network.validators) {
      if (up[v.index] !== 1) continue;
      counts[v.regionIndex]! += 1;
      upCount++;
    }
    const perRegion = Array.from(counts);
    const endpoints = perRegion.flatMap((c, i) => (c > 0 ? [i] : []));
    const paths = buildRegionPaths(network, endpoints, outage, network.consensus !== "raft");
    const field = new DelayField(network, paths);
    const connected = upCount === 0 ? 0 : validatorConnectivity(network.connectivity, network.consensus, perRegion, outage).connected;
    const groups = validatorGroups(network.connectivity, perRegion, outage);
    const weight = new Map<number, number>();
    groups.forEach((g, i) => g >= 0 && weight.set(g, (weight.get(g) ?? 0) + perRegion[i]!));
    let main = -1;
    for (const [g, w] of weight) if (main < 0 || w > weight.get(main)!) main = g;
    return {
      fromMs, toMs, up, upCount, counts, outage, field, ws: new RoundWorkspace(field, network.regions.length), connected,
      canProduce: upCount > 0 && connected >= network.quorum,
      inMainGroup: Uint8Array.from(groups, (g) => (g === main && main >= 0 ? 1 : 0)),
      drawnFor: -1,
    };
  }
}
