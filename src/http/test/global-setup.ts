import { loadTestSettings } from '../../config.ts';

/** With CI=true the PostgreSQL run is mandatory: a missing database fails, never skips. */
export default function globalSetup() {
  const settings = loadTestSettings();
  if (settings.ci && !settings.databaseUrl) {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the API suite must also run on PostgreSQL.',
    );
  }
}
