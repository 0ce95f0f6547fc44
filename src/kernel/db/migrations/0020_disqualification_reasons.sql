CREATE TABLE "disqualification_reasons" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"standard" text NOT NULL,
	"revisit_days" integer,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "disqualification_reasons_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "lost_reasons" ADD COLUMN "revisit_days" integer;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "disqualification_reason_id" uuid;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "disqualify_comment" text;--> statement-breakpoint
ALTER TABLE "disqualification_reasons" ADD CONSTRAINT "disqualification_reasons_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE no action ON UPDATE no action;