// How simulation numbers read, the same in the designer, the report and the CLI.

/**
 * An availability as a percentage with enough digits to tell it apart from 100%: two significant digits of the
 * unavailability. 0.999949 -> "99.9949%", 0.95 -> "95%", 1 -> "100%".
 */
export function formatAvailabilityPercent(probability: number): string {
  if (!Number.isFinite(probability)) return "—";
  if (probability >= 1) return "100%";
  if (probability <= 0) return "0%";
  const missing = 1 - probability;
  const decimals = Math.min(8, Math.max(0, -Math.floor(Math.log10(missing * 100)) + 1));
  const text = (probability * 100).toFixed(decimals);
  return `${decimals > 0 ? text.replace(/\.?0+$/, "") : text}%`;
}

/** Milliseconds as people read them: "84.2 ms", "1.25 s", "2 min 5 s". */
export function formatDurationMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 1000) return `${+ms.toFixed(1)} ms`;
  if (ms < 60_000) return `${+(ms / 1000).toFixed(2)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms - minutes * 60_000) / 1000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}
