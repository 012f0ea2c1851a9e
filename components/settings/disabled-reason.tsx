"use client";

import * as Tooltip from "@radix-ui/react-tooltip";

/**
 * Says why a control is disabled, on hover and on keyboard focus. Disabled controls receive no
 * pointer events, so the wrapper (focusable, and the tooltip's trigger) takes them instead.
 */
export function DisabledReason({ reason, children }: { reason: string | null | undefined; children: React.ReactNode }) {
  if (!reason) return <>{children}</>;
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <span tabIndex={0} data-disabled-reason={reason} className="inline-flex rounded-md focus-visible:outline-2 focus-visible:outline-blue-700 [&>*]:pointer-events-none">
            {children}
          </span>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content side="top" sideOffset={4} className="z-50 max-w-xs rounded-md bg-slate-900 px-2.5 py-1.5 text-xs leading-snug text-white shadow-lg">
            {reason}
            <Tooltip.Arrow className="fill-slate-900" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
