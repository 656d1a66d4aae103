-- The keyed audit chain. Rows written from now on carry an HMAC-SHA256 under a key derived from
-- security.secret_key (chain_version 'v2'), which never enters the database: someone who can
-- write this file but does not hold the key can no longer edit rows and recompute their hashes.
--
-- Rows written before this migration stay as they are, marked 'v1' (plain SHA-256 links): no
-- key existed when they were written, and SQL cannot compute one. They still verify as before,
-- and the first 'v2' row's MAC covers the hash of the last 'v1' row, so from then on they cannot
-- be changed either. sspr never writes a 'v1' row again: one after a 'v2' row is tampering, and
-- `sspr audit verify` reports how many legacy rows there are. A row inserted without naming its
-- version gets 'v1', which therefore never passes for a keyed row.
-- What this cannot tell: a database put back to look as if no keyed row was ever written (every
-- row relabelled 'v1' with its plain hash recomputed, the seal cleared) is what an upgraded one
-- looks like before its first keyed append; verify prints the number of legacy rows, to compare
-- with the number there were at the upgrade.
ALTER TABLE audit_events ADD COLUMN chain_version TEXT NOT NULL DEFAULT 'v1';

-- The head's seal: an HMAC under the same key over (last_id, last_hash, row_count, anchor_hash,
-- removed), rewritten by every append and retention batch, so the head cannot be moved without
-- the key (rows cut from the end, or the first rows deleted and the anchor moved after them).
-- Empty until sspr first writes under the key.
ALTER TABLE audit_chain_head ADD COLUMN seal TEXT NOT NULL DEFAULT '';
