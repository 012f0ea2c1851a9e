"use client";

import { Toaster } from "sonner";
import { QueryProvider } from "@/lib/client/query-provider";

export function Providers({ children }: { children: React.ReactNode }) {
  return (
    <QueryProvider>
      {children}
      <Toaster position="bottom-left" closeButton />
    </QueryProvider>
  );
}
