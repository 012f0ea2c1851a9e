import { verifyAuditChain } from "@/lib/server/audit/verify";
import { withActor } from "@/lib/server/http/route";

export const GET = withActor("audit.verify", async (_request, actor) => verifyAuditChain(actor.db, actor.organizationId));
