"use client";

import clsx from "clsx";

interface CountInputProps {
  label: string;
  value: string;
  proposed: number;
  error?: string;
  errorId?: string;
  onChange(value: string): void;
}

/** One node count: a small number field, tinted when it differs from the proposal (which its title gives). */
export function CountInput({ label, value, proposed, error, errorId, onChange }: CountInputProps) {
  const edited = value.trim() !== String(proposed);
  return (
    <input
      type="number"
      min={0}
      max={1000}
      step={1}
      inputMode="numeric"
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      title={edited ? `Proposed: ${proposed}` : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className={clsx(
        "h-8 w-16 rounded-md border px-2 text-right text-sm tabular-nums",
        error ? "border-red-600" : edited ? "border-blue-400 bg-blue-50" : "border-slate-300 bg-white",
      )}
    />
  );
}
