-- deals.next_activity_at follows the deal's planned activities (ADR 020): the earliest due time
-- of a not-completed activity (an undated one counts from its creation), null when none is
-- planned. Kept here, beside the rows it summarises, so no write path of the app can miss it.
CREATE FUNCTION conveyor_refresh_next_activity(ws uuid, deal uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Lock the deal first, then read its activities in a fresh snapshot: a concurrent change to
  -- the same deal's activities has committed by then and is seen (NO KEY UPDATE does not wait
  -- for the key-share locks that inserting an activity takes on its deal).
  PERFORM 1 FROM deals WHERE workspace_id = ws AND id = deal FOR NO KEY UPDATE;
  UPDATE deals d SET next_activity_at = n.at
  FROM (SELECT min(coalesce(a.due_at, a.created_at)) AS at FROM activities a
        WHERE a.workspace_id = ws AND a.deal_id = deal AND a.done_at IS NULL) n
  WHERE d.workspace_id = ws AND d.id = deal AND d.next_activity_at IS DISTINCT FROM n.at;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION conveyor_activities_next_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nothing to do for an activity logged as already done, or an update that left the deal,
  -- the due time and the completion as they were (most activity writes on the hot path).
  IF TG_OP = 'INSERT' AND NEW.done_at IS NOT NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.deal_id IS NOT DISTINCT FROM OLD.deal_id
     AND NEW.due_at IS NOT DISTINCT FROM OLD.due_at
     AND NEW.done_at IS NOT DISTINCT FROM OLD.done_at THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.deal_id IS NOT NULL THEN
    PERFORM conveyor_refresh_next_activity(OLD.workspace_id, OLD.deal_id);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deal_id IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW.deal_id IS DISTINCT FROM OLD.deal_id) THEN
    PERFORM conveyor_refresh_next_activity(NEW.workspace_id, NEW.deal_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activities_next_activity AFTER INSERT OR DELETE OR UPDATE OF deal_id, due_at, done_at
  ON activities FOR EACH ROW EXECUTE FUNCTION conveyor_activities_next_activity();
--> statement-breakpoint
UPDATE deals d SET next_activity_at = n.at
FROM (SELECT workspace_id, deal_id, min(coalesce(due_at, created_at)) AS at FROM activities
      WHERE done_at IS NULL AND deal_id IS NOT NULL GROUP BY workspace_id, deal_id) n
WHERE d.workspace_id = n.workspace_id AND d.id = n.deal_id;
