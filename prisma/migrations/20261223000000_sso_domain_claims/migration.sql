-- An SSO domain takes effect only once proven by a DNS TXT record (lib/server/orgs/sso-domain.ts): until then it
-- is a claim, which blocks nobody else from claiming or proving the same domain.
CREATE TABLE "SsoDomainClaim" (
    "organizationId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoDomainClaim_pkey" PRIMARY KEY ("organizationId")
);

ALTER TABLE "SsoDomainClaim" ADD CONSTRAINT "SsoDomainClaim_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
