// Test helper: a zod schema of the parts of Grafana's dashboard JSON model (schemaVersion 39) the bundle
// writes: rows and query panels with grid positions on the 24-column grid, Prometheus targets with an
// expression and a refId, and absolute thresholds whose first step is unbounded (value null) and whose
// later steps rise.

import { z } from "zod";

const DataSourceRef = z.object({ type: z.literal("prometheus"), uid: z.string().min(1) }).strict();

const GridPos = z
  .object({ h: z.number().int().min(1), w: z.number().int().min(1).max(24), x: z.number().int().min(0).max(23), y: z.number().int().min(0) })
  .strict()
  .refine((g) => g.x + g.w <= 24, "a panel must fit the 24-column grid");

const ThresholdStep = z.object({ color: z.string().min(1), value: z.number().nullable() }).strict();

export const Thresholds = z
  .object({ mode: z.enum(["absolute", "percentage"]), steps: z.array(ThresholdStep).min(1) })
  .strict()
  .refine((t) => t.steps[0]!.value === null && t.steps.slice(1).every((s) => s.value !== null), "only the first step is unbounded")
  .refine((t) => t.steps.slice(1).every((s, i) => i === 0 || s.value! > t.steps[i]!.value!), "steps rise");

const Target = z
  .object({ refId: z.string().regex(/^[A-Z]+$/), datasource: DataSourceRef.optional(), expr: z.string().min(1), legendFormat: z.string().optional() })
  .strict();

const common = { id: z.number().int().min(1), title: z.string().min(1), gridPos: GridPos };

const RowPanel = z.object({ ...common, type: z.literal("row"), collapsed: z.boolean(), panels: z.array(z.unknown()) }).strict();

export const QueryPanel = z
  .object({
    ...common,
    type: z.enum(["timeseries", "stat", "gauge", "table", "bargauge"]),
    datasource: DataSourceRef,
    targets: z.array(Target).min(1),
    fieldConfig: z.object({
      defaults: z.object({
        unit: z.string().optional(),
        thresholds: Thresholds.optional(),
        custom: z.object({ thresholdsStyle: z.object({ mode: z.enum(["off", "line", "area", "line+area", "dashed", "dashed+area"]) }).optional() }).passthrough().optional(),
      }).strict(),
      overrides: z.array(z.unknown()),
    }).strict(),
    options: z.record(z.string(), z.unknown()),
  })
  .strict()
  .refine((p) => new Set(p.targets.map((t) => t.refId)).size === p.targets.length, "refIds are unique in a panel");

const Panel = z.discriminatedUnion("type", [RowPanel, QueryPanel]);

export const GrafanaDashboard = z
  .object({
    uid: z.string().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/),
    title: z.string().min(1),
    description: z.string().optional(),
    tags: z.array(z.string()),
    editable: z.boolean(),
    schemaVersion: z.number().int().min(36),
    version: z.number().int(),
    time: z.object({ from: z.string(), to: z.string() }).strict(),
    refresh: z.string().optional(),
    timezone: z.string().optional(),
    annotations: z.object({ list: z.array(z.unknown()) }).strict(),
    templating: z.object({ list: z.array(z.object({ name: z.string().min(1), type: z.string().min(1) }).passthrough()) }).strict(),
    panels: z.array(Panel),
  })
  .strict()
  .refine((d) => new Set(d.panels.map((p) => p.id)).size === d.panels.length, "panel ids are unique");

export type GrafanaDashboardModel = z.infer<typeof GrafanaDashboard>;
