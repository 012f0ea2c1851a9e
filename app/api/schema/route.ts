import { topologyJsonSchema } from "@/lib/domain/schema";
import { publicRoute } from "@/lib/server/http/route";

// The document's JSON Schema is public, like the CLI's `meridian schema`: editors and CI fetch it.
export const GET = publicRoute(async () => topologyJsonSchema());
