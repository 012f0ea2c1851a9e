"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useEffect, useLayoutEffect, useRef } from "react";

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: string;
  /** Room for two columns (side-by-side comparisons). */
  wide?: boolean;
  children: React.ReactNode;
}

/**
 * A modal with focus trapped inside, Escape to close, and focus returned on close to what had it when the dialog
 * opened (Radix returns it only to its own trigger, and most dialogs here open from a button, menu or shortcut).
 */
export function Dialog({ open, onOpenChange, title, description, wide, children }: DialogProps) {
  const opener = useReturnFocus(open);
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 bg-slate-900/30" />
        <RadixDialog.Content
          onCloseAutoFocus={(event) => {
            if (!opener.current?.isConnected) return;
            event.preventDefault();
            opener.current.focus();
          }}
          className={`fixed left-1/2 top-1/2 ${wide ? "w-[min(44rem,calc(100vw-2rem))]" : "w-[min(28rem,calc(100vw-2rem))]"} -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl`}>
          <div className="mb-4 flex items-start justify-between gap-4">
            <div>
              <RadixDialog.Title className="text-base font-semibold">{title}</RadixDialog.Title>
              {description ? (
                <RadixDialog.Description className="mt-1 text-sm text-slate-600">{description}</RadixDialog.Description>
              ) : (
                <RadixDialog.Description className="sr-only">{title}</RadixDialog.Description>
              )}
            </div>
            <RadixDialog.Close className="rounded p-1 text-slate-500 hover:bg-slate-100" aria-label="Close">
              <X size={16} aria-hidden />
            </RadixDialog.Close>
          </div>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Remembers what had focus as the dialog opened, and gives it back if the dialog is removed while open. */
function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  const isOpen = useRef(open);
  // Before Radix moves focus into the dialog (in its own effect).
  useLayoutEffect(() => {
    isOpen.current = open;
    if (open) opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  }, [open]);
  useEffect(
    () => () => {
      const element = opener.current;
      if (isOpen.current && element) requestAnimationFrame(() => element.isConnected && element.focus());
    },
    [],
  );
  return opener;
}
