"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ApiError } from "@/lib/client/api";
import { useCreateTopology } from "@/lib/client/topologies";
import type { TopologyDocument } from "@/lib/domain/schema";
import { browserSessionStorage, clearWizardState } from "./wizard-storage";

/** Saves the design as a new topology (POST /api/topologies) and opens it in the designer. */
export function useCreateNetwork() {
  const router = useRouter();
  const create = useCreateTopology();
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const submit = async (document: TopologyDocument) => {
    if (create.isPending || opening) return;
    setError(null);
    try {
      const result = await create.mutateAsync({ name: document.name, document, message: "Created with the new-network wizard" });
      // Stay busy until the designer opens, so a second press can't create a second copy.
      setOpening(true);
      // Created: the next visit to the wizard starts afresh.
      clearWizardState(browserSessionStorage());
      toast.success(`Created “${result.topology.name}”`);
      router.push(`/topologies/${result.topology.id}`);
    } catch (e) {
      const issues = e instanceof ApiError ? e.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`) : [];
      setError(`Could not create the network: ${(e as Error).message}${issues.length ? ` (${issues.join("; ")})` : ""}`);
    }
  };

  return { submit, busy: create.isPending || opening, error };
}
