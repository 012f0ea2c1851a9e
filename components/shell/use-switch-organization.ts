"use client";

import { useCallback, useTransition } from "react";
import { toast } from "sonner";
import { switchOrganizationAction } from "@/app/(app)/settings/actions";

/** Pages whose content belongs to no single topology, so they make sense in the next organisation too. */
const ORGANISATION_WIDE = ["/topologies", "/audit", "/settings"];

/**
 * Switches the active organisation, then reloads: every page, query cache and open editor belonged to
 * the previous one. A topology's page becomes the list, since that topology is not in the next one.
 */
export function useSwitchOrganization() {
  const [pending, startTransition] = useTransition();
  const switchTo = useCallback((organizationId: string) => {
    startTransition(async () => {
      const result = await switchOrganizationAction(organizationId);
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      const path = window.location.pathname;
      window.location.assign(ORGANISATION_WIDE.includes(path) ? path + window.location.search : "/topologies");
    });
  }, []);
  return { switchTo, pending };
}
