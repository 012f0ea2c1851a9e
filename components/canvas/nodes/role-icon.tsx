import { Archive, Globe, KeyRound, Radio, Users } from "lucide-react";
import type { NodeRole } from "@/lib/domain/schema";

const ICONS = { validator: KeyRound, bootnode: Radio, rpc: Globe, archive: Archive, member: Users } as const;
/** Background and text colour of each role, shared by the icon and the zoomed-out box. */
export const ROLE_TINT: Record<NodeRole, string> = {
  validator: "bg-indigo-50 text-indigo-700",
  bootnode: "bg-slate-100 text-slate-700",
  rpc: "bg-cyan-50 text-cyan-800",
  archive: "bg-stone-100 text-stone-700",
  member: "bg-fuchsia-50 text-fuchsia-800",
};

export function RoleIcon({ role }: { role: NodeRole }) {
  const Icon = ICONS[role];
  return (
    <span className={`flex h-7 w-7 shrink-0 items-center justify-center rounded ${ROLE_TINT[role]}`} aria-hidden>
      <Icon size={15} />
    </span>
  );
}
