-- State every instance behind a load balancer must share: sign-in limits (when REDIS_URL is unset) and a record of
-- each session, so that a session ended on one instance is refused by all of them.
CREATE TABLE "SignInLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SignInLimit_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "SignInLimit_windowEndsAt_idx" ON "SignInLimit"("windowEndsAt");

CREATE TABLE "SignInSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "address" TEXT,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SignInSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "SignInSession_userId_createdAt_idx" ON "SignInSession"("userId", "createdAt");
