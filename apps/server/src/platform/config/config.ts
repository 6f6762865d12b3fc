// Configuration comes from the environment only (README "Configuration"). Parsing fails loudly with
// the variable's name, never with a stack trace, and never echoes a secret such as a password
// inside DATABASE_URL.
import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  isProduction: boolean;
  /** Unset: the embedded PGlite database under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Directory of the built web app; served when it exists. */
  webDistDir: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Create the demo organisation (users, branch, patients) on first start of an empty database. */
  seedDemo: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (TLS terminated in front of us). */
  trustProxy: boolean;
  logLevel: string;
  /** Virus-scan hook for uploaded documents (modules/documents/document-scanner.ts). */
  documentScanner: 'eicar-signature' | 'none';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

function readNumber(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a number between ${min} and ${max}, got "${raw}".`);
  }
  return value;
}

function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}".`);
}

function readDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError(
      'DATABASE_URL',
      'must start with postgres:// or postgresql:// (leave it unset for the embedded database).',
    );
  }
  return raw;
}

function readDocumentScanner(env: NodeJS.ProcessEnv): AppConfig['documentScanner'] {
  const raw = env.INFUSIO_DOCUMENT_SCANNER;
  if (raw === undefined || raw === '') return 'eicar-signature';
  if (raw === 'eicar-signature' || raw === 'none') return raw;
  throw new ConfigError(
    'INFUSIO_DOCUMENT_SCANNER',
    `must be eicar-signature or none, got "${raw}".`,
  );
}

/** The web app's build output, relative to this file (apps/server/src/platform/config → apps/web/dist). */
const DEFAULT_WEB_DIST = resolve(import.meta.dirname, '../../../../web/dist');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const isProduction = env.NODE_ENV === 'production';
  const sessionIdleMinutes = readNumber(env, 'INFUSIO_SESSION_IDLE_MINUTES', 15, 0.05, 15);
  if (isProduction && sessionIdleMinutes < 1) {
    throw new ConfigError(
      'INFUSIO_SESSION_IDLE_MINUTES',
      'below 1 minute is a test setting and is refused in production.',
    );
  }
  const seedDemo = readBoolean(env, 'INFUSIO_DEMO', !isProduction);
  if (isProduction && seedDemo) {
    throw new ConfigError(
      'INFUSIO_DEMO',
      'demo data and demo logins are refused when NODE_ENV=production.',
    );
  }
  return {
    port: readNumber(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    isProduction,
    databaseUrl: readDatabaseUrl(env),
    dataDir: resolve(env.INFUSIO_DATA_DIR ?? './data'),
    webDistDir: resolve(env.INFUSIO_WEB_DIST ?? DEFAULT_WEB_DIST),
    sessionIdleMinutes,
    sessionAbsoluteHours: readNumber(env, 'INFUSIO_SESSION_ABSOLUTE_HOURS', 12, 0.01, 12),
    seedDemo,
    trustProxy: readBoolean(env, 'INFUSIO_TRUST_PROXY', false),
    logLevel: env.LOG_LEVEL ?? 'info',
    documentScanner: readDocumentScanner(env),
  };
}

/** DATABASE_URL without its password, for log lines. */
export function describeDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): string {
  if (config.databaseUrl === undefined) return `embedded PGlite at ${config.dataDir}`;
  try {
    const url = new URL(config.databaseUrl);
    url.password = url.password ? '***' : '';
    return `PostgreSQL server ${url.toString()}`;
  } catch {
    return 'PostgreSQL server (unparseable DATABASE_URL)';
  }
}
