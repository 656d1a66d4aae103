-- Audit retention (twin of migrations/sqlite/0005_audit_retention.sql): old rows can be removed
-- without breaking the chain. The head keeps an anchor (the hash of the newest removed row) and
-- how many rows were removed. The append-only trigger lets a DELETE through only while the
-- retention job has opened it, inside its own transaction (which holds the head row's lock).
ALTER TABLE audit_chain_head ADD COLUMN anchor_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_chain_head ADD COLUMN removed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN retention_open BIGINT NOT NULL DEFAULT 0;

-- The head is looked up in the audit table's own schema, by name, never through search_path:
-- a temporary table called audit_chain_head (searched first) must not open the guard.
CREATE FUNCTION audit_events_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    open_flag BIGINT;
BEGIN
    EXECUTE format('SELECT retention_open FROM %I.audit_chain_head WHERE id = 1', TG_TABLE_SCHEMA)
        INTO open_flag;
    IF open_flag <> 0 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only';
END
$$;
DROP TRIGGER audit_events_no_delete ON audit_events;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_delete_guard();
