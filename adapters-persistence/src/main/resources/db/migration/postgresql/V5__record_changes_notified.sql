-- Every change to the tables of the record, made by Civitas or by any other client, notifies
-- channel civitas_record when its transaction commits, with the writer a Civitas store names for
-- the transaction (empty otherwise): each store listens on the channel and counts the changes it
-- did not make itself, so that no copy of an answer read before them is given again. Notices of
-- one transaction with one writer are delivered once.
CREATE FUNCTION civitas_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('civitas_record', coalesce(current_setting('civitas.writer', true), ''));
  RETURN NULL;
END
$$;

CREATE TRIGGER units_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION civitas_record_changed();
CREATE TRIGGER unit_parent_links_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON unit_parent_links FOR EACH STATEMENT EXECUTE FUNCTION civitas_record_changed();
CREATE TRIGGER unit_paths_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_paths
  FOR EACH STATEMENT EXECUTE FUNCTION civitas_record_changed();
CREATE TRIGGER strategies_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON strategies
  FOR EACH STATEMENT EXECUTE FUNCTION civitas_record_changed();
CREATE TRIGGER commitments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON commitments
  FOR EACH STATEMENT EXECUTE FUNCTION civitas_record_changed();
CREATE TRIGGER restructurings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON restructurings FOR EACH STATEMENT EXECUTE FUNCTION civitas_record_changed();
