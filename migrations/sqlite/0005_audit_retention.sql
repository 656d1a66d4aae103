-- Audit retention: old rows can be removed without breaking the chain. The head keeps an
-- anchor: the hash of the newest removed row, from which verification continues, and how
-- many rows were removed in all. The append-only trigger now lets a DELETE through only while
-- the retention job has opened it, inside its own transaction.
ALTER TABLE audit_chain_head ADD COLUMN anchor_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_chain_head ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN retention_open INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER audit_events_no_delete;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
WHEN (SELECT retention_open FROM audit_chain_head WHERE id = 1) = 0
BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
