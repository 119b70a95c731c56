-- "As at a date" for the registers: each versioned table gets <table>_version holding every earlier
-- state of its rows, with the instant it stopped being valid. A row's state is valid from its
-- updated_at until the next change; the current row has no end. Registers are never hard-deleted
-- (deleted_at is set), so updates are the only event to keep.
CREATE FUNCTION audit.keep_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- jsonb_populate_record matches columns by name, so column order may differ between the two tables.
  EXECUTE format(
    'INSERT INTO %I SELECT (jsonb_populate_record(null::%I, to_jsonb(o) || jsonb_build_object(''valid_to'', now()))).* FROM old_rows o',
    TG_TABLE_NAME || '_version', TG_TABLE_NAME || '_version');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION audit.enable_versions(target regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  version_table text := (SELECT relname FROM pg_class WHERE oid = target) || '_version';
BEGIN
  EXECUTE format('CREATE TABLE %I (LIKE %s, valid_to timestamptz NOT NULL)', version_table, target);
  EXECUTE format('CREATE INDEX %I ON %I (id, valid_to)', version_table || '_id', version_table);
  EXECUTE format('CREATE TRIGGER keep_versions AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION audit.keep_versions()', target);
END $$;
--> statement-breakpoint
SELECT audit.enable('health_facility');
--> statement-breakpoint
SELECT audit.enable('facility_catchment', 'health_facility_id');
--> statement-breakpoint
SELECT audit.enable('claim_admin');
--> statement-breakpoint
SELECT audit.enable('medical_item');
--> statement-breakpoint
SELECT audit.enable('medical_service');
--> statement-breakpoint
SELECT audit.enable('service_package_service', 'service_id');
--> statement-breakpoint
SELECT audit.enable('service_package_item', 'service_id');
--> statement-breakpoint
SELECT audit.enable('diagnosis');
--> statement-breakpoint
SELECT audit.enable('item_price_list');
--> statement-breakpoint
SELECT audit.enable('service_price_list');
--> statement-breakpoint
SELECT audit.enable('item_price_list_line');
--> statement-breakpoint
SELECT audit.enable('service_price_list_line');
--> statement-breakpoint
SELECT audit.enable('enrolment_officer');
--> statement-breakpoint
SELECT audit.enable('officer_village', 'officer_id');
--> statement-breakpoint
SELECT audit.enable('payer');
--> statement-breakpoint
SELECT audit.enable_versions('health_facility');
--> statement-breakpoint
SELECT audit.enable_versions('medical_item');
--> statement-breakpoint
SELECT audit.enable_versions('medical_service');
--> statement-breakpoint
SELECT audit.enable_versions('diagnosis');
--> statement-breakpoint
SELECT audit.enable_versions('item_price_list_line');
--> statement-breakpoint
SELECT audit.enable_versions('service_price_list_line');
--> statement-breakpoint
SELECT audit.enable_versions('enrolment_officer');
--> statement-breakpoint
SELECT audit.enable_versions('claim_admin');
--> statement-breakpoint
SELECT audit.enable_versions('payer');
