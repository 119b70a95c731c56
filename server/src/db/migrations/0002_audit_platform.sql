-- Audit every business table of the platform slice; link tables are keyed by their owner.
SELECT audit.enable('location');
--> statement-breakpoint
SELECT audit.enable('app_user');
--> statement-breakpoint
SELECT audit.enable('role');
--> statement-breakpoint
SELECT audit.enable('role_right', 'role_id');
--> statement-breakpoint
SELECT audit.enable('user_role', 'user_id');
--> statement-breakpoint
SELECT audit.enable('user_district', 'user_id');
