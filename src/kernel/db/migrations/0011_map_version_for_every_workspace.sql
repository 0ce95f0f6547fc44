-- Every workspace has an active process map version: new ones get it with their template's map
-- (the workspace.created reaction); workspaces made before the map existed get an empty one
-- here, named in the workspace's language as the app names it (mapVersionName), so no read
-- ever has to create it (ADR 023). Ids are UUIDv7 like the app's: the current Unix time in
-- milliseconds over the first 48 bits of a random UUID, version bits set to 7.
INSERT INTO "process_map_versions" ("workspace_id", "id", "name", "state", "created_at", "updated_at")
SELECT
  w."id",
  encode(
    set_bit(
      set_bit(
        overlay(
          uuid_send(gen_random_uuid())
          PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
          FROM 1 FOR 6
        ),
        52, 1
      ),
      53, 1
    ),
    'hex'
  )::uuid,
  CASE w."locale" WHEN 'pl' THEN 'Mapa procesów' WHEN 'ru' THEN 'Карта процессов' ELSE 'Process map' END,
  'active',
  now(),
  now()
FROM "workspaces" w
WHERE NOT EXISTS (
  SELECT 1 FROM "process_map_versions" v WHERE v."workspace_id" = w."id" AND v."state" = 'active'
);
