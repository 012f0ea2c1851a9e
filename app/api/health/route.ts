import { publicRoute } from "@/lib/server/http/route";
import { databaseHealth } from "@/lib/server/db/health";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => databaseHealth());
