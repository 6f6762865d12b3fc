import { describe, expect, it } from 'vitest';
import { explainWeakPassword, hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('uses argon2id with the OWASP parameters', async () => {
    const hashed = await hashPassword('a long enough password');
    expect(hashed.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(await verifyPassword(hashed, 'a long enough password')).toBe(true);
    expect(await verifyPassword(hashed, 'a long enough passworD')).toBe(false);
  });

  it('answers false, after doing the same work, for an account that does not exist', async () => {
    expect(await verifyPassword(undefined, 'anything')).toBe(false);
  });

  it('refuses short passwords and passwords containing the username', () => {
    expect(explainWeakPassword('short', 'nina')).toBe('Use at least 12 characters.');
    expect(explainWeakPassword('nina-is-the-best-nurse', 'Nina')).toBe(
      'The password must not contain the username.',
    );
    expect(explainWeakPassword('correct horse battery staple', 'nina')).toBeUndefined();
  });
});
