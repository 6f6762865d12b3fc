// Opens the configured database for a command-line tool, with the same clear refusals as the
// server (the embedded database cannot be opened while the server holds it).
import {
  ConfigError,
  describeDatabase,
  loadConfig,
  type AppConfig,
} from '../platform/config/config.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { DataDirLockedError } from '../platform/db/embedded-lock.ts';
import { DataDirError } from '../platform/db/open-embedded.ts';
import { ensureReferenceData } from '../seed/reference-data.ts';

export function exitWith(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export async function openForCli(): Promise<{ config: AppConfig; database: Database }> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message, 2);
    throw error;
  }
  process.stderr.write(`Database: ${describeDatabase(config)}\n`);
  try {
    const database = await openDatabase(config);
    await database.migrate();
    await ensureReferenceData(database.db);
    return { config, database };
  } catch (error) {
    if (error instanceof DataDirLockedError)
      exitWith(
        `${error.message}\n(The admin page Audit trail → Check the trail runs the same check on a running server.)`,
      );
    if (error instanceof DataDirError) exitWith(error.message);
    throw error;
  }
}
