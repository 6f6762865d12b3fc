import { describe, expect, it } from 'vitest';
import { describeDatabase, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('defaults to port 3000, the embedded database under ./data and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('/data')).toBe(true);
    expect(config.seedDemo).toBe(true);
  });

  it('refuses demo data in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', INFUSIO_DEMO: 'true' })).toThrow(
      'INFUSIO_DEMO: demo data and demo logins are refused',
    );
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT: must be a number');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      'DATABASE_URL: must start with postgres://',
    );
  });

  it('never prints the database password', () => {
    const described = describeDatabase({
      databaseUrl: 'postgres://app:s3cret@db.internal:5432/infusio',
      dataDir: '/x',
    });
    expect(described).not.toContain('s3cret');
    expect(described).toContain('db.internal');
  });
});
