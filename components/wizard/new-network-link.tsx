import { Plus } from "lucide-react";
import Link from "next/link";

/** "New topology": a link to the new-network wizard, drawn as the primary button. */
export function NewNetworkLink({ label = "New topology" }: { label?: string }) {
  return (
    <Link href="/topologies/new" aria-keyshortcuts="n"
      className="inline-flex h-9 items-center justify-center gap-1.5 rounded-md bg-blue-700 px-3.5 text-sm font-medium text-white transition-colors hover:bg-blue-800">
      <Plus size={16} aria-hidden /> {label}
    </Link>
  );
}
