import type { Severity } from "@/lib/domain/rules";
import type { NodeRole, Provider } from "@/lib/domain/schema";

/** One colour per provider and per severity, everywhere in the app (see globals.css). */
export const PROVIDER_COLOUR: Record<Provider, string> = { azure: "#0a66c2", aws: "#c25e00", gcp: "#188038" };
export const PROVIDER_TINT: Record<Provider, string> = { azure: "#eef5fc", aws: "#fdf4ec", gcp: "#edf7f0" };
export const SEVERITY_COLOUR: Record<Severity, string> = { error: "#b42318", warning: "#b54708", info: "#175cd3" };

export const ROLE_SHORT: Record<NodeRole, string> = {
  validator: "Validators",
  bootnode: "Bootnodes",
  rpc: "RPC",
  archive: "Archive",
  member: "Members",
};
