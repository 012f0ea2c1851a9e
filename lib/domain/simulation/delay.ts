// One-way message delay between two regions: a shifted log-normal whose floor is the physical minimum
// (light in fibre along the great circle) and whose P95 round trip is the latency model's P95.
//
//   roundTrip = fibreMinimum + excessP95 * exp(DELAY_LOG_SIGMA * (Z - Z_95)),   Z standard normal
//   oneWay    = roundTrip / 2
//
// Why this shape: a path can never beat the fibre minimum, and queueing and detours only add to it, with a
// long right tail; a log-normal excess over a hard floor is the usual fit for such delays. The latency model
// gives one percentile (P95) per pair; the spread comes from EXCESS_MEDIAN_TO_P95_RATIO, one assumption for
// every pair, so the quantiles below have a closed form.

/** Light in fibre covers about 200 km per millisecond (refractive index ~1.5): one way. */
export const FIBRE_KM_PER_MS = 200;

/**
 * Assumed shape: the median excess over the fibre minimum is this share of the P95 excess. Cloud backbones
 * are steady (a median round trip a few percent under its P95 on long paths), and no provider publishes the
 * full distribution; 0.8 puts the median of a transatlantic pair (59 ms minimum, 80 ms P95) at 76 ms.
 */
export const EXCESS_MEDIAN_TO_P95_RATIO = 0.8;

/** The standard normal's 95th percentile. */
export const Z_95 = 1.6448536269514722;

/** Log-scale spread of the excess that EXCESS_MEDIAN_TO_P95_RATIO implies. */
export const DELAY_LOG_SIGMA = -Math.log(EXCESS_MEDIAN_TO_P95_RATIO) / Z_95;

/** Physical minimum round trip over `distanceKm` of great circle: 1 ms per 100 km. */
export function fibreMinimumRoundTripMs(distanceKm: number): number {
  return (2 * Math.max(0, distanceKm)) / FIBRE_KM_PER_MS;
}

export interface PairDelay {
  /** Inside one region the delay is fixed at half the model's same-region round trip. */
  readonly fixed: boolean;
  /** The round trip P95 the distribution reproduces, ms (the model's, raised to the fibre minimum if below it). */
  readonly p95RoundTripMs: number;
  /** Physical minimum round trip, ms; no draw goes below half of it one way. */
  readonly fibreMinimumRoundTripMs: number;
  /** The latency model's P95 was under the fibre minimum (an estimate too optimistic): raised to the minimum. */
  readonly belowFibreMinimum: boolean;
}

export function fitPairDelay(input: { p95RoundTripMs: number; distanceKm: number; sameRegion: boolean }): PairDelay {
  if (input.sameRegion) {
    return { fixed: true, p95RoundTripMs: input.p95RoundTripMs, fibreMinimumRoundTripMs: 0, belowFibreMinimum: false };
  }
  const floor = fibreMinimumRoundTripMs(input.distanceKm);
  return {
    fixed: false,
    p95RoundTripMs: Math.max(input.p95RoundTripMs, floor),
    fibreMinimumRoundTripMs: floor,
    belowFibreMinimum: input.p95RoundTripMs < floor,
  };
}

/** A one-way delay for a standard normal draw `z`, ms. Increasing in z; z = Z_95 gives half the P95 round trip. */
export function oneWayDelayMs(pair: PairDelay, z: number): number {
  if (pair.fixed) return pair.p95RoundTripMs / 2;
  const excessP95 = pair.p95RoundTripMs - pair.fibreMinimumRoundTripMs;
  return (pair.fibreMinimumRoundTripMs + excessP95 * Math.exp(DELAY_LOG_SIGMA * (z - Z_95))) / 2;
}

/** The one-way delay's quantile at `probability` (0 < p < 1), ms, in closed form. */
export function oneWayQuantileMs(pair: PairDelay, probability: number): number {
  return oneWayDelayMs(pair, standardNormalQuantile(probability));
}

/** The round-trip distribution's quantile (twice the one-way one, by construction), ms. */
export function roundTripQuantileMs(pair: PairDelay, probability: number): number {
  return 2 * oneWayQuantileMs(pair, probability);
}

// Acklam's rational approximation of the inverse normal CDF (relative error below 1.2e-9).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

export function standardNormalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a probability strictly between 0 and 1 is needed, not ${p}`);
  const [a0, a1, a2, a3, a4, a5] = A as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = B as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = C as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = D as [number, number, number, number];
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}
