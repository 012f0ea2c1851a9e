import { exportAuditLog } from "@/lib/server/audit/export-log";
import { withActor } from "@/lib/server/http/route";

/** The organisation's whole audit log as JSON lines, every chained field included, for offline verification. */
export const GET = withActor("audit.verify", async (_request, actor) => exportAuditLog(actor.db, actor.organizationId));
