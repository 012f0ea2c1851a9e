"use client";

import { useEffect, useId, useState } from "react";
import type { z } from "zod";
import { formatIssues } from "@/lib/domain/schema";
import { baseOf, fieldsOf, labelFor, type FieldSchema } from "./json-schema-fields";

export interface FieldOverride {
  /** Choices to offer instead of the schema's (e.g. the provider's deployment types). */
  options?: { value: string; label: string }[];
  hidden?: boolean;
  readOnly?: boolean;
  label?: string;
  unit?: string;
}

interface SchemaFormProps<T extends object> {
  /** The zod object schema of the element: it draws the fields and checks every value before it is applied. */
  schema: z.ZodType;
  value: T;
  overrides?: Record<string, FieldOverride>;
  /** Called with a complete, valid element whenever one field changes. */
  onChange(next: T, field: keyof T & string): void;
  idPrefix: string;
}

/** A form generated from a zod schema: one field per property, each checked by the schema as it is typed. */
export function SchemaForm<T extends object>({ schema, value, overrides = {}, onChange, idPrefix }: SchemaFormProps<T>) {
  const fields = fieldsOf(schema);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => setErrors({}), [value]);

  const propose = (key: string, fieldValue: unknown): boolean => {
    const candidate: Record<string, unknown> = { ...value, [key]: fieldValue };
    if (fieldValue === undefined) delete candidate[key];
    const result = schema.safeParse(candidate);
    if (!result.success) {
      const mine = formatIssues(result.error).filter((i) => i.path === key || i.path.startsWith(`${key}.`) || i.path.startsWith(`${key}[`));
      setErrors((e) => ({ ...e, [key]: (mine[0] ?? formatIssues(result.error)[0])?.message ?? "not valid" }));
      return false;
    }
    setErrors((e) => ({ ...e, [key]: "" }));
    onChange(result.data as T, key as keyof T & string);
    return true;
  };

  return (
    <div className="flex flex-col gap-3">
      {Object.entries(fields).map(([key, raw]) => {
        const override = overrides[key] ?? {};
        if (override.hidden) return null;
        return (
          <Field key={key} id={`${idPrefix}-${key}`} name={key} schema={baseOf(raw)} value={(value as Record<string, unknown>)[key]} override={override}
            error={errors[key]} onPropose={(v) => propose(key, v)} />
        );
      })}
    </div>
  );
}

interface FieldProps {
  id: string;
  name: string;
  schema: FieldSchema;
  value: unknown;
  override: FieldOverride;
  error?: string;
  onPropose(value: unknown): boolean;
}

function Field({ id, name, schema, value, override, error, onPropose }: FieldProps) {
  const label = override.label ?? labelFor(name);
  const hintId = useId();
  const described = error ? `${id}-error` : schema.description ? hintId : undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": described, disabled: override.readOnly };
  const control = (() => {
    const options = override.options ?? schema.enum?.map((v) => ({ value: String(v), label: String(v) }));
    if (schema.type === "boolean") {
      return <input type="checkbox" {...common} checked={Boolean(value)} onChange={(e) => onPropose(e.target.checked)} className="h-4 w-4" />;
    }
    if (options) {
      const known = options.some((o) => o.value === String(value ?? ""));
      return (
        <select {...common} value={String(value ?? "")} onChange={(e) => onPropose(e.target.value === "" ? undefined : e.target.value)}
          className="h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm">
          {value === undefined ? <option value="">—</option> : null}
          {!known && value !== undefined ? <option value={String(value)}>{String(value)} (not in the catalog)</option> : null}
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      );
    }
    if (schema.type === "array" && schema.items?.enum) {
      const selected = new Set((value as string[] | undefined) ?? []);
      return (
        <div className="flex flex-wrap gap-x-3 gap-y-1" role="group" aria-labelledby={`${id}-label`}>
          {schema.items.enum.map((option) => (
            <label key={String(option)} className="flex items-center gap-1 text-xs text-slate-700">
              <input type="checkbox" checked={selected.has(String(option))} disabled={override.readOnly}
                onChange={(e) => {
                  const next = new Set(selected);
                  if (e.target.checked) next.add(String(option));
                  else next.delete(String(option));
                  onPropose(schema.items!.enum!.map(String).filter((o) => next.has(o)));
                }} />
              {String(option)}
            </label>
          ))}
        </div>
      );
    }
    if (schema.type === "object" && schema.properties) {
      const objectValue = (value ?? {}) as Record<string, unknown>;
      return (
        <div className="grid grid-cols-2 gap-2 rounded-md border border-slate-200 p-2">
          {Object.entries(schema.properties).map(([sub, subSchema]) => (
            <Field key={sub} id={`${id}-${sub}`} name={sub} schema={baseOf(subSchema)} value={objectValue[sub]} override={{}}
              onPropose={(v) => onPropose({ ...objectValue, [sub]: v })} />
          ))}
        </div>
      );
    }
    return <TextOrNumber common={common} schema={schema} value={value} onPropose={onPropose} unit={override.unit} />;
  })();

  const inline = schema.type === "boolean";
  return (
    <div className={inline ? "flex items-center gap-2" : "flex flex-col gap-1"}>
      {inline ? control : null}
      <label id={`${id}-label`} htmlFor={id} className="text-xs font-medium text-slate-600">{label}</label>
      {inline ? null : control}
      {error ? <p id={`${id}-error`} role="alert" className="text-xs text-sev-error">{error}</p> : null}
      {!error && schema.description && !inline ? <p id={hintId} className="text-[11px] text-slate-500">{schema.description}</p> : null}
    </div>
  );
}

interface TextOrNumberProps {
  common: Record<string, unknown>;
  schema: FieldSchema;
  value: unknown;
  unit?: string;
  onPropose(value: unknown): boolean;
}

/** Text and numbers are applied when the field is left or Enter is pressed; typing only checks them. */
function TextOrNumber({ common, schema, value, unit, onPropose }: TextOrNumberProps) {
  const numeric = schema.type === "integer" || schema.type === "number";
  const [text, setText] = useState(value === undefined ? "" : String(value));
  useEffect(() => setText(value === undefined ? "" : String(value)), [value]);
  const parse = (t: string) => (numeric ? (t.trim() === "" ? undefined : Number(t)) : t);
  const commit = () => {
    if (text !== (value === undefined ? "" : String(value))) onPropose(parse(text));
  };
  return (
    <div className="flex items-center gap-1.5">
      <input {...common} type={numeric ? "number" : "text"} value={text} min={schema.minimum} max={schema.maximum}
        step={schema.type === "integer" ? 1 : "any"} maxLength={schema.maxLength}
        onChange={(e) => setText(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); commit(); } if (e.key === "Escape") setText(value === undefined ? "" : String(value)); }}
        className="h-8 w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 text-sm aria-[invalid=true]:border-red-600" />
      {unit ? <span className="text-xs text-slate-500">{unit}</span> : null}
    </div>
  );
}
