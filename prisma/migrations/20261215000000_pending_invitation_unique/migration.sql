-- One pending invitation per organisation and email address (compared case-insensitively).
-- "Pending" here means neither accepted nor revoked: an index predicate cannot read the clock (now() is
-- not immutable), so expiry is left to the application, which revokes an expired invitation for the same
-- address in the transaction that creates the new one (lib/server/orgs/pending-invitation.ts).

-- Earlier code allowed a new invitation beside an expired one: keep the newest unaccepted, unrevoked
-- invitation per address and revoke the others, so the index can be built.
UPDATE "Invitation" AS i
SET "revokedAt" = CURRENT_TIMESTAMP
WHERE i."acceptedAt" IS NULL
  AND i."revokedAt" IS NULL
  AND EXISTS (
    SELECT 1 FROM "Invitation" AS newer
    WHERE newer."organizationId" = i."organizationId"
      AND lower(newer."email") = lower(i."email")
      AND newer."acceptedAt" IS NULL
      AND newer."revokedAt" IS NULL
      AND (newer."createdAt", newer."id") > (i."createdAt", i."id")
  );

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_pending_organizationId_email_key"
  ON "Invitation" ("organizationId", lower("email"))
  WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL;
