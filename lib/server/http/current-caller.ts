import { headers } from "next/headers";
import type { Caller } from "./caller";

/** The caller of the page or server action being rendered (the browser's cookies; pages name no organisation). */
export async function currentCaller(): Promise<Caller> {
  return { cookie: (await headers()).get("cookie"), organization: null };
}
