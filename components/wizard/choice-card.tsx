import clsx from "clsx";
import type { ReactNode } from "react";

interface ChoiceCardProps {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  checked: boolean;
  onChange(): void;
  title: string;
  description?: ReactNode;
  /** A mark before the title, such as a provider's colour dot. */
  mark?: ReactNode;
  invalid?: boolean;
  describedBy?: string;
}

/** A radio button or checkbox drawn as a card: the whole card is its label. */
export function ChoiceCard({ type, name, value, checked, onChange, title, description, mark, invalid, describedBy }: ChoiceCardProps) {
  return (
    <label
      className={clsx(
        "flex cursor-pointer items-start gap-3 rounded-lg border bg-white p-3 transition-colors",
        checked ? "border-blue-600 bg-blue-50/40 ring-1 ring-blue-600" : invalid ? "border-red-600" : "border-slate-200 hover:border-slate-400",
      )}
    >
      <input
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="mt-0.5 size-4 shrink-0 accent-blue-700"
      />
      <span className="min-w-0">
        <span className="flex items-center gap-1.5 text-sm font-medium text-slate-900">
          {mark}
          {title}
        </span>
        {description ? <span className="mt-0.5 block text-xs leading-5 text-slate-600">{description}</span> : null}
      </span>
    </label>
  );
}
