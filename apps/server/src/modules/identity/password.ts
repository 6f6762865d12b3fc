// Passwords are hashed with argon2id (OWASP Password Storage Cheat Sheet parameters: m=19 MiB,
// t=2, p=1). Verification of an unknown username runs against a dummy hash so the response takes
// the same time whether the account exists or not.
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with Argon2id by default (its Algorithm enum is an ambient const enum we
// cannot name here); the unit test asserts the "$argon2id$" prefix.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  passwordHash: string | undefined,
  password: string,
): Promise<boolean> {
  if (passwordHash === undefined) {
    dummyHash ??= hashPassword('infusio-timing-equaliser');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function explainWeakPassword(password: string, username: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.toLowerCase().includes(username.toLowerCase()))
    return 'The password must not contain the username.';
  return undefined;
}
