"use client";

import { createContext, useContext } from "react";
import type { Permission } from "@/lib/domain/authz";
import type { PageSession } from "@/lib/domain/api";

/** The server's page session, as the browser may see it (no secrets: ids, names, role, permissions). */
export type ClientSession = PageSession;

const PageSessionContext = createContext<ClientSession | null>(null);

/**
 * Hands the session the app layout loaded on the server to every client component below it, so the
 * UI disables exactly what the API would refuse instead of guessing.
 */
export function PageSessionProvider({ session, children }: { session: ClientSession; children: React.ReactNode }) {
  return <PageSessionContext.Provider value={session}>{children}</PageSessionContext.Provider>;
}

export function usePageSession(): ClientSession {
  const session = useContext(PageSessionContext);
  if (!session) throw new Error("usePageSession must be used inside the app layout");
  return session;
}

/** Whether the active membership has a permission (the API checks again on every request). */
export function useCan(permission: Permission): boolean {
  return usePageSession().permissions.includes(permission);
}

/** Why the active membership lacks permissions: its role, or single sign-on the session did not use. */
export function useMissingPermissionReason(): string {
  const { role, organization, organizations } = usePageSession();
  const usable = organizations.find((o) => o.id === organization.id)?.usable ?? true;
  return usable ? `your role is ${role}` : `${organization.name} requires single sign-on`;
}
