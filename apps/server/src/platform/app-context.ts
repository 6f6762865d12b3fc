import type { AppConfig } from './config/config.ts';
import type { Clock } from './clock.ts';
import type { SecretBox } from './crypto/secret-box.ts';
import type { Database } from './db/database.ts';
import type { Db } from './db/types.ts';

/** What every module's routes and services are given: no globals, so tests build their own. */
export interface AppContext {
  config: AppConfig;
  database: Database;
  db: Db;
  clock: Clock;
  secretBox: SecretBox;
}
