CREATE TABLE "channel_costs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"month" date NOT NULL,
	"channel" text NOT NULL,
	"medium" text,
	"campaign" text,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "channel_costs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "channel_costs_key" UNIQUE NULLS NOT DISTINCT("workspace_id","month","channel","medium","campaign")
);
--> statement-breakpoint
ALTER TABLE "channel_costs" ADD CONSTRAINT "channel_costs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_costs" ADD CONSTRAINT "channel_costs_workspace_id_updated_by_memberships_workspace_id_user_id_fk" FOREIGN KEY ("workspace_id","updated_by") REFERENCES "public"."memberships"("workspace_id","user_id") ON DELETE no action ON UPDATE no action;