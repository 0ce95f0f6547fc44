CREATE INDEX "companies_search_trgm_idx" ON "companies" USING gin (lower("name" || ' ' || coalesce("email", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "companies_search_words_idx" ON "companies" USING gin (to_tsvector('simple', "name"));--> statement-breakpoint
CREATE INDEX "companies_search_prefix_idx" ON "companies" USING btree ("workspace_id",(lower("name") collate "C"));--> statement-breakpoint
CREATE INDEX "contacts_search_trgm_idx" ON "contacts" USING gin (lower("name" || ' ' || coalesce("email", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_search_words_idx" ON "contacts" USING gin (to_tsvector('simple', "name"));--> statement-breakpoint
CREATE INDEX "contacts_search_prefix_idx" ON "contacts" USING btree ("workspace_id",(lower("name") collate "C"));--> statement-breakpoint
CREATE INDEX "deals_search_trgm_idx" ON "deals" USING gin (lower("title") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "deals_search_words_idx" ON "deals" USING gin (to_tsvector('simple', "title"));--> statement-breakpoint
CREATE INDEX "deals_search_prefix_idx" ON "deals" USING btree ("workspace_id",(lower("title") collate "C"));--> statement-breakpoint
CREATE INDEX "deals_company_idx" ON "deals" USING btree ("workspace_id","company_id");--> statement-breakpoint
CREATE INDEX "leads_search_trgm_idx" ON "leads" USING gin (lower("name" || ' ' || coalesce("company_name", '') || ' ' || coalesce("email", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "leads_search_words_idx" ON "leads" USING gin (to_tsvector('simple', "name" || ' ' || coalesce("company_name", '')));--> statement-breakpoint
CREATE INDEX "leads_search_prefix_idx" ON "leads" USING btree ("workspace_id",(lower("name") collate "C"));