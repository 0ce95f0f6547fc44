-- Issue 18: ratio lamps of the templates that could pass 100 % now read true in every existing
-- workspace. Only lamps whose metric is still exactly the template's old one change; a lamp a
-- manager has edited is left alone. Names change only where they are still the template's.
-- Win rate: won ÷ created → won ÷ closed (deal.closed = won or lost).
UPDATE "lamps" SET "metric" = '{"ratio":{"of":{"count":{"event":"deal.won"}},"to":{"count":{"event":"deal.closed"}}}}'::jsonb,
  "version" = "version" + 1, "updated_at" = now()
WHERE "metric" = '{"ratio":{"of":{"count":{"event":"deal.won"}},"to":{"count":{"event":"deal.created"}}}}'::jsonb;
--> statement-breakpoint
-- Lead qualification rate: SQL ÷ MQL of the week → SQL ÷ decided (accepted or disqualified).
UPDATE "lamps" SET "metric" = '{"ratio":{"of":{"count":{"event":"lead.sql"}},"to":{"count":{"event":"lead.decided"}}}}'::jsonb,
  "version" = "version" + 1, "updated_at" = now()
WHERE "metric" = '{"ratio":{"of":{"count":{"event":"lead.sql"}},"to":{"count":{"event":"lead.mql"}}}}'::jsonb;
--> statement-breakpoint
-- Prospecting's middle lamp (seed 000: how many prospects replied): a count, not replies ÷ contacts.
UPDATE "lamps" SET "metric" = '{"count":{"event":"lead.replied","where":{"channel":"outbound"}}}'::jsonb,
  "thresholds" = '{"direction":"higher_is_better","green":10,"amber":5}'::jsonb,
  "name" = CASE "name" WHEN 'Reply rate' THEN 'Prospects who replied'
    WHEN 'Odsetek odpowiedzi' THEN 'Odpowiedzi prospektów'
    WHEN 'Доля ответов' THEN 'Ответившие клиенты' ELSE "name" END,
  "version" = "version" + 1, "updated_at" = now()
WHERE "metric" = '{"ratio":{"of":{"count":{"event":"lead.replied","where":{"channel":"outbound"}}},"to":{"count":{"event":"lead.contacted","where":{"channel":"outbound"}}}}}'::jsonb;
--> statement-breakpoint
-- End-to-end lead generation's middle lamp: MQL ÷ created → the size of the middle of the funnel.
UPDATE "lamps" SET "metric" = '{"state":"open_leads"}'::jsonb,
  "thresholds" = '{"direction":"higher_is_better","green":100,"amber":50}'::jsonb,
  "name" = CASE "name" WHEN 'Leads matching the target profile' THEN 'MOFU size'
    WHEN 'Leady zgodne z profilem klienta' THEN 'Rozmiar MOFU'
    WHEN 'Лиды, подходящие под портрет клиента' THEN 'Размер середины воронки (MOFU)' ELSE "name" END,
  "version" = "version" + 1, "updated_at" = now()
WHERE "metric" = '{"ratio":{"of":{"count":{"event":"lead.mql"}},"to":{"count":{"event":"lead.created"}}}}'::jsonb;
