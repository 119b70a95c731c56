CREATE TABLE "claim_admin" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"other_names" varchar(100) NOT NULL,
	"dob" date,
	"phone" varchar(50),
	"email" varchar(200),
	"health_facility_id" uuid NOT NULL,
	"user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "facility_catchment" (
	"health_facility_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"percentage" numeric(5, 2) NOT NULL,
	CONSTRAINT "facility_catchment_health_facility_id_village_id_pk" PRIMARY KEY("health_facility_id","village_id"),
	CONSTRAINT "facility_catchment_percentage_valid" CHECK ("facility_catchment"."percentage" > 0 and "facility_catchment"."percentage" <= 100)
);
--> statement-breakpoint
CREATE TABLE "health_facility" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"name" varchar(100) NOT NULL,
	"acc_code" varchar(25),
	"legal_form" char(1) NOT NULL,
	"level" char(1) NOT NULL,
	"sublevel" char(1),
	"care_type" char(1) DEFAULT 'B' NOT NULL,
	"district_id" uuid NOT NULL,
	"address" varchar(100),
	"phone" varchar(50),
	"fax" varchar(50),
	"email" varchar(100),
	"offline" boolean DEFAULT false NOT NULL,
	"contract_start_date" date,
	"contract_end_date" date,
	"status" varchar(2) DEFAULT 'AC' NOT NULL,
	"item_price_list_id" uuid,
	"service_price_list_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "health_facility_legal_form_valid" CHECK ("health_facility"."legal_form" in ('C','D','G','P')),
	CONSTRAINT "health_facility_level_valid" CHECK ("health_facility"."level" in ('D','C','H')),
	CONSTRAINT "health_facility_sublevel_valid" CHECK ("health_facility"."sublevel" is null or "health_facility"."sublevel" in ('I','N','R')),
	CONSTRAINT "health_facility_care_type_valid" CHECK ("health_facility"."care_type" in ('I','O','B')),
	CONSTRAINT "health_facility_status_valid" CHECK ("health_facility"."status" in ('AC','IN','DE','ID')),
	CONSTRAINT "health_facility_contract_order" CHECK ("health_facility"."contract_end_date" is null or "health_facility"."contract_start_date" is null or "health_facility"."contract_end_date" >= "health_facility"."contract_start_date")
);
--> statement-breakpoint
CREATE TABLE "diagnosis" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(6) NOT NULL,
	"name" varchar(255) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "item_price_list" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"date" date NOT NULL,
	"location_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "item_price_list_line" (
	"id" uuid PRIMARY KEY NOT NULL,
	"price_list_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"price_override" numeric(18, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "item_price_list_line_price_positive" CHECK ("item_price_list_line"."price_override" is null or "item_price_list_line"."price_override" >= 0)
);
--> statement-breakpoint
CREATE TABLE "medical_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(6) NOT NULL,
	"name" varchar(100) NOT NULL,
	"type" char(1) NOT NULL,
	"package" varchar(255),
	"quantity" numeric(18, 2),
	"price" numeric(18, 2) NOT NULL,
	"care_type" char(1) DEFAULT 'B' NOT NULL,
	"frequency" integer,
	"patient_category" integer DEFAULT 15 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "medical_item_type_valid" CHECK ("medical_item"."type" in ('D','M')),
	CONSTRAINT "medical_item_care_type_valid" CHECK ("medical_item"."care_type" in ('I','O','B')),
	CONSTRAINT "medical_item_price_positive" CHECK ("medical_item"."price" >= 0),
	CONSTRAINT "medical_item_frequency_positive" CHECK ("medical_item"."frequency" is null or "medical_item"."frequency" >= 0),
	CONSTRAINT "medical_item_patient_category_valid" CHECK ("medical_item"."patient_category" between 0 and 15)
);
--> statement-breakpoint
CREATE TABLE "medical_service" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(6) NOT NULL,
	"name" varchar(100) NOT NULL,
	"type" char(1) NOT NULL,
	"level" char(1) NOT NULL,
	"price" numeric(18, 2) NOT NULL,
	"care_type" char(1) DEFAULT 'B' NOT NULL,
	"frequency" integer,
	"patient_category" integer DEFAULT 15 NOT NULL,
	"category" char(1),
	"package_type" char(1) DEFAULT 'S' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "medical_service_type_valid" CHECK ("medical_service"."type" in ('P','C')),
	CONSTRAINT "medical_service_level_valid" CHECK ("medical_service"."level" in ('S','V','D','H')),
	CONSTRAINT "medical_service_care_type_valid" CHECK ("medical_service"."care_type" in ('I','O','B')),
	CONSTRAINT "medical_service_category_valid" CHECK ("medical_service"."category" is null or "medical_service"."category" in ('S','D','A','H','C','O','V')),
	CONSTRAINT "medical_service_package_type_valid" CHECK ("medical_service"."package_type" in ('S','P','F')),
	CONSTRAINT "medical_service_price_positive" CHECK ("medical_service"."price" >= 0),
	CONSTRAINT "medical_service_frequency_positive" CHECK ("medical_service"."frequency" is null or "medical_service"."frequency" >= 0),
	CONSTRAINT "medical_service_patient_category_valid" CHECK ("medical_service"."patient_category" between 0 and 15)
);
--> statement-breakpoint
CREATE TABLE "service_package_item" (
	"service_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" numeric(18, 2) DEFAULT '1' NOT NULL,
	"price_override" numeric(18, 2),
	CONSTRAINT "service_package_item_service_id_item_id_pk" PRIMARY KEY("service_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "service_package_service" (
	"service_id" uuid NOT NULL,
	"contained_service_id" uuid NOT NULL,
	"quantity" numeric(18, 2) DEFAULT '1' NOT NULL,
	"price_override" numeric(18, 2),
	CONSTRAINT "service_package_service_service_id_contained_service_id_pk" PRIMARY KEY("service_id","contained_service_id"),
	CONSTRAINT "service_package_service_not_self" CHECK ("service_package_service"."service_id" <> "service_package_service"."contained_service_id")
);
--> statement-breakpoint
CREATE TABLE "service_price_list" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"date" date NOT NULL,
	"location_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "service_price_list_line" (
	"id" uuid PRIMARY KEY NOT NULL,
	"price_list_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"price_override" numeric(18, 2),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "service_price_list_line_price_positive" CHECK ("service_price_list_line"."price_override" is null or "service_price_list_line"."price_override" >= 0)
);
--> statement-breakpoint
CREATE TABLE "enrolment_officer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"other_names" varchar(100) NOT NULL,
	"dob" date,
	"phone" varchar(50),
	"email" varchar(200),
	"district_id" uuid NOT NULL,
	"substitute_id" uuid,
	"works_to" date,
	"veo_code" varchar(8),
	"veo_last_name" varchar(100),
	"veo_other_names" varchar(100),
	"veo_dob" date,
	"veo_phone" varchar(50),
	"phone_communication" boolean DEFAULT false NOT NULL,
	"permanent_address" varchar(255),
	"user_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "officer_village" (
	"officer_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	CONSTRAINT "officer_village_officer_id_village_id_pk" PRIMARY KEY("officer_id","village_id")
);
--> statement-breakpoint
CREATE TABLE "payer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"type" char(1) NOT NULL,
	"name" varchar(100) NOT NULL,
	"address" varchar(100),
	"location_id" uuid,
	"phone" varchar(50),
	"fax" varchar(50),
	"email" varchar(100),
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "payer_type_valid" CHECK ("payer"."type" in ('C','D','G','L','O','P'))
);
--> statement-breakpoint
ALTER TABLE "facility_catchment" ADD CONSTRAINT "facility_catchment_health_facility_id_health_facility_id_fk" FOREIGN KEY ("health_facility_id") REFERENCES "public"."health_facility"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claim_admin_code_live" ON "claim_admin" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "claim_admin_facility" ON "claim_admin" USING btree ("health_facility_id");--> statement-breakpoint
CREATE INDEX "claim_admin_name_trgm" ON "claim_admin" USING gin (("last_name" || ' ' || "other_names") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "health_facility_code_live" ON "health_facility" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "health_facility_district" ON "health_facility" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "health_facility_name_trgm" ON "health_facility" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "diagnosis_code_live" ON "diagnosis" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "diagnosis_name_trgm" ON "diagnosis" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "item_price_list_name_live" ON "item_price_list" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "item_price_list_location" ON "item_price_list" USING btree ("location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "item_price_list_line_item_live" ON "item_price_list_line" USING btree ("price_list_id","item_id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "item_price_list_line_item" ON "item_price_list_line" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "medical_item_code_live" ON "medical_item" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "medical_item_name_trgm" ON "medical_item" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "medical_service_code_live" ON "medical_service" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "medical_service_name_trgm" ON "medical_service" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "service_price_list_name_live" ON "service_price_list" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "service_price_list_location" ON "service_price_list" USING btree ("location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_price_list_line_service_live" ON "service_price_list_line" USING btree ("price_list_id","service_id") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "service_price_list_line_service" ON "service_price_list_line" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolment_officer_code_live" ON "enrolment_officer" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "enrolment_officer_district" ON "enrolment_officer" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "enrolment_officer_name_trgm" ON "enrolment_officer" USING gin (("last_name" || ' ' || "other_names") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "officer_village_village" ON "officer_village" USING btree ("village_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payer_name_live" ON "payer" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "payer_location" ON "payer" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "payer_name_trgm" ON "payer" USING gin ("name" gin_trgm_ops);