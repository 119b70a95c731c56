-- Extensions and the generic audit trail, before any table.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS audit;
--> statement-breakpoint
-- One row per inserted, updated or deleted row of an audited table, written in the same transaction
-- by statement-level triggers (one INSERT ... SELECT per statement, so bulk loads stay cheap).
CREATE TABLE audit.row_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  table_name text NOT NULL,
  row_id uuid NOT NULL,
  op char(1) NOT NULL CHECK (op IN ('I','U','D')),
  old_row jsonb,
  new_row jsonb,
  user_id uuid,
  request_id text,
  changed_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX row_change_row ON audit.row_change (table_name, row_id, id);
--> statement-breakpoint
CREATE INDEX row_change_user_at ON audit.row_change (user_id, changed_at);
--> statement-breakpoint
-- The acting user and request come from transaction-local settings that the service layer sets
-- (kinga.user_id, kinga.request_id). Secrets never enter the audit trail.
CREATE FUNCTION audit.log_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_column text := coalesce(TG_ARGV[0], 'id');
  acting_user uuid := nullif(current_setting('kinga.user_id', true), '')::uuid;
  acting_request text := nullif(current_setting('kinga.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO audit.row_change (table_name, row_id, op, new_row, user_id, request_id)
    SELECT TG_TABLE_NAME, (to_jsonb(n) ->> key_column)::uuid, 'I', to_jsonb(n) - 'password_hash', acting_user, acting_request
    FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO audit.row_change (table_name, row_id, op, old_row, new_row, user_id, request_id)
    SELECT TG_TABLE_NAME, (to_jsonb(n) ->> key_column)::uuid, 'U', to_jsonb(o) - 'password_hash', to_jsonb(n) - 'password_hash', acting_user, acting_request
    FROM new_rows n JOIN old_rows o ON (to_jsonb(o) ->> key_column) = (to_jsonb(n) ->> key_column)
    WHERE to_jsonb(o) IS DISTINCT FROM to_jsonb(n);
  ELSE
    INSERT INTO audit.row_change (table_name, row_id, op, old_row, user_id, request_id)
    SELECT TG_TABLE_NAME, (to_jsonb(o) ->> key_column)::uuid, 'D', to_jsonb(o) - 'password_hash', acting_user, acting_request
    FROM old_rows o;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- audit.enable('table', 'key column'): three statement-level triggers (PostgreSQL allows transition
-- tables only on single-event triggers). Link tables pass the owner's column as key, e.g. user_id.
CREATE FUNCTION audit.enable(target regclass, key_column text DEFAULT 'id') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER audit_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.log_rows(%L)', target, key_column);
  EXECUTE format('CREATE TRIGGER audit_update AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.log_rows(%L)', target, key_column);
  EXECUTE format('CREATE TRIGGER audit_delete AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.log_rows(%L)', target, key_column);
END $$;
