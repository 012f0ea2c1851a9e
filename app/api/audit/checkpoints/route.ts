import { auditCheckpoints } from "@/lib/server/audit/list-checkpoints";
import { takeCheckpoint } from "@/lib/server/audit/take-checkpoint";
import { withActor } from "@/lib/server/http/route";

/** The organisation's signed checkpoints and the public keys that verify them (for `meridian audit verify`). */
export const GET = withActor("audit.verify", async (_request, actor) => auditCheckpoints(actor.db, actor.organizationId));

/** Signs the chain head now, after checking the events since the last checkpoint. */
export const POST = withActor("audit.verify", async (_request, actor) => takeCheckpoint(actor.db, actor.organizationId));
