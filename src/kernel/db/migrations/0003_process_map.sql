CREATE TABLE "lamp_readings" (
	"workspace_id" uuid NOT NULL,
	"lamp_id" uuid NOT NULL,
	"week" text NOT NULL,
	"value" numeric(20, 4),
	"source" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lamp_readings_workspace_id_lamp_id_week_pk" PRIMARY KEY("workspace_id","lamp_id","week")
);
--> statement-breakpoint
CREATE TABLE "lamps" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"position" text NOT NULL,
	"name" text NOT NULL,
	"metric" jsonb NOT NULL,
	"thresholds" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "lamps_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "process_group_links" (
	"workspace_id" uuid NOT NULL,
	"from_group_id" uuid NOT NULL,
	"to_group_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "process_group_links_workspace_id_from_group_id_to_group_id_pk" PRIMARY KEY("workspace_id","from_group_id","to_group_id")
);
--> statement-breakpoint
CREATE TABLE "process_groups" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"result" text DEFAULT '' NOT NULL,
	"mode" text NOT NULL,
	"cadence" text,
	"trigger" text,
	"owner_user_id" uuid,
	"owner_team_id" uuid,
	"processes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "process_groups_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "process_map_versions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "process_map_versions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "lamp_readings" ADD CONSTRAINT "lamp_readings_workspace_id_lamp_id_lamps_workspace_id_id_fk" FOREIGN KEY ("workspace_id","lamp_id") REFERENCES "public"."lamps"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lamps" ADD CONSTRAINT "lamps_workspace_id_group_id_process_groups_workspace_id_id_fk" FOREIGN KEY ("workspace_id","group_id") REFERENCES "public"."process_groups"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_group_links" ADD CONSTRAINT "process_group_links_workspace_id_from_group_id_process_groups_workspace_id_id_fk" FOREIGN KEY ("workspace_id","from_group_id") REFERENCES "public"."process_groups"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_group_links" ADD CONSTRAINT "process_group_links_workspace_id_to_group_id_process_groups_workspace_id_id_fk" FOREIGN KEY ("workspace_id","to_group_id") REFERENCES "public"."process_groups"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_groups" ADD CONSTRAINT "process_groups_workspace_id_version_id_process_map_versions_workspace_id_id_fk" FOREIGN KEY ("workspace_id","version_id") REFERENCES "public"."process_map_versions"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_groups" ADD CONSTRAINT "process_groups_workspace_id_owner_user_id_memberships_workspace_id_user_id_fk" FOREIGN KEY ("workspace_id","owner_user_id") REFERENCES "public"."memberships"("workspace_id","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_groups" ADD CONSTRAINT "process_groups_workspace_id_owner_team_id_teams_workspace_id_id_fk" FOREIGN KEY ("workspace_id","owner_team_id") REFERENCES "public"."teams"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_map_versions" ADD CONSTRAINT "process_map_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lamp_readings_week_idx" ON "lamp_readings" USING btree ("workspace_id","week");--> statement-breakpoint
CREATE INDEX "lamps_group_idx" ON "lamps" USING btree ("workspace_id","group_id");--> statement-breakpoint
CREATE INDEX "process_groups_version_idx" ON "process_groups" USING btree ("workspace_id","version_id","position");