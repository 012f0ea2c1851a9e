-- Template marketplace: published templates, usage and rating totals, and where a topology was forked from.
-- CreateEnum
CREATE TYPE "TemplateVisibility" AS ENUM ('private', 'public');

-- AlterTable
ALTER TABLE "Topology" ADD COLUMN     "forkedFrom" TEXT;

-- CreateTable
CREATE TABLE "Template" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "visibility" "TemplateVisibility" NOT NULL DEFAULT 'private',
    "document" JSONB NOT NULL,
    "summary" JSONB NOT NULL,
    "monthlyCostUsd" DOUBLE PRECISION NOT NULL,
    "sourceTopologyId" TEXT,
    "sourceVersion" INTEGER,
    "publishedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateStat" (
    "templateKey" TEXT NOT NULL,
    "usageCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TemplateStat_pkey" PRIMARY KEY ("templateKey")
);

-- CreateTable
CREATE TABLE "TemplateRating" (
    "templateKey" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TemplateRating_pkey" PRIMARY KEY ("templateKey","userId")
);

-- CreateIndex
CREATE INDEX "Template_organizationId_createdAt_idx" ON "Template"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Template_visibility_createdAt_idx" ON "Template"("visibility", "createdAt");

-- AddForeignKey
ALTER TABLE "Template" ADD CONSTRAINT "Template_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

