-- The audit trigger runs its statements through EXECUTE, so that each is planned for the rows of
-- the statement at hand. A static statement is planned once per session with the row count of its
-- first run frozen in: after single-row updates, the UPDATE branch's join of old and new rows got a
-- nested loop, and a bulk update of 1,500 price-list lines took 13-40 s instead of milliseconds.
CREATE OR REPLACE FUNCTION audit.log_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  key_column text := coalesce(TG_ARGV[0], 'id');
  acting_user uuid := nullif(current_setting('kinga.user_id', true), '')::uuid;
  acting_request text := nullif(current_setting('kinga.request_id', true), '');
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE 'INSERT INTO audit.row_change (table_name, row_id, op, new_row, user_id, request_id)
             SELECT $1, (to_jsonb(n) ->> $2)::uuid, ''I'', to_jsonb(n) - ''password_hash'', $3, $4 FROM new_rows n'
      USING TG_TABLE_NAME, key_column, acting_user, acting_request;
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE 'INSERT INTO audit.row_change (table_name, row_id, op, old_row, new_row, user_id, request_id)
             SELECT $1, (n.j ->> $2)::uuid, ''U'', o.j - ''password_hash'', n.j - ''password_hash'', $3, $4
             FROM (SELECT to_jsonb(x) AS j FROM new_rows x) n
             JOIN (SELECT to_jsonb(y) AS j FROM old_rows y) o ON (o.j ->> $2) = (n.j ->> $2)
             WHERE o.j IS DISTINCT FROM n.j'
      USING TG_TABLE_NAME, key_column, acting_user, acting_request;
  ELSE
    EXECUTE 'INSERT INTO audit.row_change (table_name, row_id, op, old_row, user_id, request_id)
             SELECT $1, (to_jsonb(o) ->> $2)::uuid, ''D'', to_jsonb(o) - ''password_hash'', $3, $4 FROM old_rows o'
      USING TG_TABLE_NAME, key_column, acting_user, acting_request;
  END IF;
  RETURN NULL;
END $$;
