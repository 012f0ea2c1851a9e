"use client";

import { useMemo } from "react";
import { useEditor, useEditorStore } from "@/lib/client/editor/context";
import { priceNodeGroup, VM_SIZES } from "@/lib/domain/cost";
import { moveNodeGroup, updateElement } from "@/lib/domain/edit";
import {
  ArchiveGroupSchema, BootnodeGroupSchema, DEPLOYMENT_TYPES_BY_PROVIDER, MemberGroupSchema, NODE_ROLE_LABELS, RpcGroupSchema,
  ValidatorGroupSchema, type NodeGroup,
} from "@/lib/domain/schema";
import { formatUsd } from "../format";
import { regionLabel } from "../region-label";
import { ElementHeader } from "./element-header";
import { SchemaForm } from "./schema-form";
import { labelFor } from "./json-schema-fields";

const SCHEMA_BY_ROLE = {
  validator: ValidatorGroupSchema,
  bootnode: BootnodeGroupSchema,
  rpc: RpcGroupSchema,
  archive: ArchiveGroupSchema,
  member: MemberGroupSchema,
} as const;

export function GroupInspector({ group }: { group: NodeGroup }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const region = doc.regions.find((r) => r.id === group.regionId);
  const provider = region?.provider ?? "azure";
  const cost = useMemo(() => {
    try {
      return priceNodeGroup(doc, group).monthlyUsd;
    } catch {
      return undefined;
    }
  }, [doc, group]);
  const sizes = VM_SIZES[provider].map((s) => ({ value: s.name, label: `${s.name} · ${s.vcpu} vCPU, ${s.memoryGiB} GiB` }));
  return (
    <div>
      <ElementHeader id={group.id} title={group.name || `${NODE_ROLE_LABELS[group.role]}`} subtitle={`${group.id} in ${region ? regionLabel(region) : group.regionId}`} />
      {cost !== undefined ? (
        <p className="mb-4 rounded-md bg-slate-50 p-2.5 text-xs text-slate-700">
          About <strong>{formatUsd(cost)}</strong> per month for {group.count} node{group.count === 1 ? "" : "s"} (list prices).
        </p>
      ) : null}
      <SchemaForm
        idPrefix={`group-${group.id}`}
        schema={SCHEMA_BY_ROLE[group.role]}
        value={group}
        overrides={{
          id: { hidden: true },
          role: { hidden: true },
          regionId: { label: "Region", options: doc.regions.map((r) => ({ value: r.id, label: regionLabel(r) })) },
          deploymentType: { options: DEPLOYMENT_TYPES_BY_PROVIDER[provider].map((t) => ({ value: t, label: t })) },
          vmSize: { label: "VM size", options: sizes },
          count: { label: "Nodes" },
        }}
        onChange={(next, field) =>
          field === "regionId"
            ? store.getState().edit(`Move ${group.id} to ${next.regionId}`, (d) => moveNodeGroup(d, group.id, next.regionId))
            : store.getState().edit(`Change ${labelFor(field).toLowerCase()} of ${group.id}`, (d) => updateElement(d, group.id, { [field]: next[field] }))
        }
      />
    </div>
  );
}
