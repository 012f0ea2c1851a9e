-- Signed checkpoints of each organisation's audit chain (lib/server/audit/checkpoints.ts). Like the events,
-- append-only; they carry no foreign key, so removing an organisation does not remove the evidence.
CREATE TABLE "AuditCheckpoint" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "AuditCheckpoint_organizationId_seq_keyId_key" ON "AuditCheckpoint"("organizationId", "seq", "keyId");

CREATE FUNCTION "append_only_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_checkpoint_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION "append_only_refuse_change"();

CREATE TRIGGER "audit_checkpoint_no_truncate" BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "append_only_refuse_change"();
