"use client";

import { useCan, useMissingPermissionReason } from "@/components/shell/page-session-context";

export interface DesignerAccess {
  /** True when the membership lacks topology.edit: every editing control is disabled, autosave is off. */
  readOnly: boolean;
  /** "Read only: your role is viewer", shown in the notice and on disabled controls; null when editable. */
  reason: string | null;
}

/** Whether the designer may edit, from the permissions the server's page session carries. */
export function useDesignerAccess(): DesignerAccess {
  const canEdit = useCan("topology.edit");
  const why = useMissingPermissionReason();
  return canEdit ? { readOnly: false, reason: null } : { readOnly: true, reason: `Read only: ${why}` };
}
