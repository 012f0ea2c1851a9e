"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False while the server renders and the browser hydrates, true from the first client render after. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
