-- Saved outage drills: a drill played on one saved version, with the server's own result, optionally attached to a
-- review of the same topology. The app role's grants reach the new table through grantAppRole (lib/server/db/app-role.ts),
-- which grants on every table after each migration.
-- CreateTable
CREATE TABLE "OutageDrill" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "topologyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "seed" INTEGER NOT NULL,
    "summary" JSONB NOT NULL,
    "reviewId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutageDrill_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutageDrill_organizationId_topologyId_createdAt_idx" ON "OutageDrill"("organizationId", "topologyId", "createdAt");

-- CreateIndex
CREATE INDEX "OutageDrill_reviewId_idx" ON "OutageDrill"("reviewId");

-- AddForeignKey
ALTER TABLE "OutageDrill" ADD CONSTRAINT "OutageDrill_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageDrill" ADD CONSTRAINT "OutageDrill_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "Topology"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageDrill" ADD CONSTRAINT "OutageDrill_topologyId_version_fkey" FOREIGN KEY ("topologyId", "version") REFERENCES "TopologyVersion"("topologyId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutageDrill" ADD CONSTRAINT "OutageDrill_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Names as the API takes them (1 to 120 characters), and seeds as the simulator reads them (never negative).
ALTER TABLE "OutageDrill" ADD CONSTRAINT "OutageDrill_name_length" CHECK (char_length("name") BETWEEN 1 AND 120);
ALTER TABLE "OutageDrill" ADD CONSTRAINT "OutageDrill_seed_range" CHECK ("seed" >= 0);
