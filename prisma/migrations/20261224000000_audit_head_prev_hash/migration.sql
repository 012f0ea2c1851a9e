-- The head row also keeps the hash before the newest event: an append takes the next sequence number, the new
-- hash and the previous one from the locked head in one statement (lib/server/audit/append.ts), and a statement
-- cannot read back a row's values from before its own update.
ALTER TABLE "AuditHead" ADD COLUMN "prevHash" TEXT;
