// Seals small secrets (TOTP seeds) at rest with AES-256-GCM under the server's secret key, so a
// copy of the database alone does not let anyone generate second-factor codes.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes.');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unrecognised sealed value.');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * The key comes from INFUSIO_SECRET_KEY (32 bytes, base64). Outside production, when it is unset,
 * a key is generated once into the data directory (mode 0600) and reused on every start.
 */
export function resolveSecretKey(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  isProduction: boolean,
): Buffer {
  const raw = env.INFUSIO_SECRET_KEY;
  if (raw) {
    const key = Buffer.from(raw, 'base64');
    if (key.length !== 32)
      throw new Error(
        'INFUSIO_SECRET_KEY: must be 32 bytes encoded in base64 (openssl rand -base64 32).',
      );
    return key;
  }
  if (isProduction)
    throw new Error(
      'INFUSIO_SECRET_KEY: required when NODE_ENV=production (openssl rand -base64 32).',
    );
  const path = join(dataDir, 'secret.key');
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64'), { mode: 0o600 });
  return key;
}
