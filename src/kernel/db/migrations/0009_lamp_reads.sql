CREATE TABLE "metric_week_values" (
	"workspace_id" uuid NOT NULL,
	"leaf" text NOT NULL,
	"week_start" date NOT NULL,
	"value" double precision,
	"events" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "metric_week_values_workspace_id_leaf_week_start_pk" PRIMARY KEY("workspace_id","leaf","week_start")
);
--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "next_activity_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "deals_open_idx" ON "deals" USING btree ("workspace_id","stage_id",(greatest("stage_entered_at", coalesce("last_activity_at", "stage_entered_at"))),"pipeline_id","owner_id","source_channel","source_medium","stage_entered_at","last_activity_at","next_activity_at") WHERE "deals"."status" = 'open';--> statement-breakpoint
CREATE INDEX "event_rollups_type_idx" ON "event_rollups" USING btree ("workspace_id","type","week_start");--> statement-breakpoint
CREATE INDEX "leads_open_idx" ON "leads" USING btree ("workspace_id","source_channel","source_medium","owner_id") WHERE status in ('new', 'contacted', 'replied', 'mql', 'sql');