import { z } from "zod";

/** The part of JSON Schema the inspector reads to draw a form field. */
export interface FieldSchema {
  type?: string | string[];
  enum?: (string | number)[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxLength?: number;
  description?: string;
  default?: unknown;
  items?: FieldSchema;
  properties?: Record<string, FieldSchema>;
  anyOf?: FieldSchema[];
}

const cache = new WeakMap<z.ZodType, Record<string, FieldSchema>>();

/**
 * The properties of a zod object schema, as JSON Schema: the same schema that validates the API and
 * publishes /api/schema also describes the inspector's forms.
 */
export function fieldsOf(schema: z.ZodType): Record<string, FieldSchema> {
  const hit = cache.get(schema);
  if (hit) return hit;
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as FieldSchema;
  const properties = json.properties ?? {};
  cache.set(schema, properties);
  return properties;
}

/** Unwraps `anyOf: [X, {type: null}]`-style optionals to the field's own schema. */
export function baseOf(field: FieldSchema): FieldSchema {
  if (field.anyOf) return field.anyOf.find((s) => s.type !== "null") ?? field;
  return field;
}

export function labelFor(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/GB$/, " GB").replace(/Usd$/, " (USD)").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
