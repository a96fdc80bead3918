-- PostgreSQL compares text by the database's collation, under which an ordinary index cannot
-- serve LIKE 'prefix%'; text_pattern_ops compares by character, so it can (and serves = too).
CREATE INDEX unit_paths_by_path ON unit_paths (path text_pattern_ops);
CREATE INDEX audit_log_by_subject ON audit_log (subject text_pattern_ops);

-- The audit log is append-only in the code; the database refuses to change or remove an entry
-- even when asked directly.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: entries are never changed or removed';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
