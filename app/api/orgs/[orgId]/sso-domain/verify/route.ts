import { withActor } from "@/lib/server/http/route";
import { verifySsoDomain } from "@/lib/server/orgs/sso-domain";

type P = { orgId: string };

/** Checks the claimed domain's TXT record and, when it proves the claim, makes the domain the organisation's SSO domain. */
export const POST = withActor<P>("org.settings", async (_request, actor) => verifySsoDomain(actor));
