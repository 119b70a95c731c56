CREATE TABLE "app_setting" (
	"key" varchar(100) PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"login" varchar(100) NOT NULL,
	"event" varchar(16) NOT NULL,
	"ip" varchar(64),
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refresh_token" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"rotated_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "location" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(8) NOT NULL,
	"name" varchar(50) NOT NULL,
	"type" char(1) NOT NULL,
	"parent_id" uuid,
	"region_id" uuid,
	"district_id" uuid,
	"male_population" integer,
	"female_population" integer,
	"other_population" integer,
	"families" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "location_type_valid" CHECK ("location"."type" in ('R','D','W','V')),
	CONSTRAINT "location_populations_positive" CHECK (coalesce(male_population,0) >= 0 and coalesce(female_population,0) >= 0 and coalesce(other_population,0) >= 0 and coalesce(families,0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY NOT NULL,
	"login" varchar(25) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"other_names" varchar(100) NOT NULL,
	"language" varchar(5) DEFAULT 'en' NOT NULL,
	"calendar" varchar(16) DEFAULT 'gregorian' NOT NULL,
	"phone" varchar(50),
	"email" varchar(200),
	"password_hash" varchar(200) NOT NULL,
	"password_changed_at" timestamp with time zone,
	"all_districts" boolean DEFAULT false NOT NULL,
	"health_facility_id" uuid,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "role" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" varchar(50) NOT NULL,
	"alt_language" varchar(50),
	"is_system" integer DEFAULT 0 NOT NULL,
	"is_blocked" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "role_right" (
	"role_id" uuid NOT NULL,
	"right_id" integer NOT NULL,
	CONSTRAINT "role_right_role_id_right_id_pk" PRIMARY KEY("role_id","right_id")
);
--> statement-breakpoint
CREATE TABLE "user_district" (
	"user_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	CONSTRAINT "user_district_user_id_location_id_pk" PRIMARY KEY("user_id","location_id")
);
--> statement-breakpoint
CREATE TABLE "user_role" (
	"user_id" uuid NOT NULL,
	"role_id" uuid NOT NULL,
	CONSTRAINT "user_role_user_id_role_id_pk" PRIMARY KEY("user_id","role_id")
);
--> statement-breakpoint
ALTER TABLE "role_right" ADD CONSTRAINT "role_right_role_id_role_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."role"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_district" ADD CONSTRAINT "user_district_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_role" ADD CONSTRAINT "user_role_role_id_role_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."role"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_event_user_at" ON "login_event" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "refresh_token_user" ON "refresh_token" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "refresh_token_family" ON "refresh_token" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_token_expires" ON "refresh_token" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "location_code_live" ON "location" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "location_parent" ON "location" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "location_district" ON "location" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "location_name_trgm" ON "location" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_login_live" ON "app_user" USING btree (lower("login")) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "app_user_name_trgm" ON "app_user" USING gin (("last_name" || ' ' || "other_names") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "role_name_live" ON "role" USING btree (lower("name")) WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "user_district_location" ON "user_district" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "user_role_role" ON "user_role" USING btree ("role_id");