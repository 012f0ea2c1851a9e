import { AuditQuerySchema } from "@/lib/domain/api";
import { listAuditEvents } from "@/lib/server/audit/list";
import { readQuery } from "@/lib/server/http/body";
import { withActor } from "@/lib/server/http/route";

export const GET = withActor("audit.read", async (request, actor) => listAuditEvents(actor, readQuery(request, AuditQuerySchema)));
