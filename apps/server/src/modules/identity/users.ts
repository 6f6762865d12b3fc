import { eq } from 'drizzle-orm';
import type { Role } from '@infusio/domain/access';
import type { DbOrTx } from '../../platform/db/types.ts';
import { userBranches, userRoles, users } from './identity.tables.ts';
import { hashPassword } from './password.ts';

export interface NewUser {
  username: string;
  displayName: string;
  email?: string;
  password: string;
  roles: readonly Role[];
  branchIds: readonly string[];
  locale?: 'en' | 'zh-CN';
  /** Sealed TOTP secret, for accounts enrolled ahead of time (demo staff). */
  mfaSecretSealed?: string;
  mfaEnabledAt?: Date;
}

/** Creates a user with roles and branches in the caller's transaction. */
export async function createUser(db: DbOrTx, input: NewUser): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({
      username: input.username.trim().toLowerCase(),
      displayName: input.displayName,
      email: input.email ?? null,
      passwordHash: await hashPassword(input.password),
      locale: input.locale ?? 'en',
      mfaSecretSealed: input.mfaSecretSealed ?? null,
      mfaEnabledAt: input.mfaEnabledAt ?? null,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('insert returned no row');
  if (input.roles.length > 0)
    await db.insert(userRoles).values(input.roles.map((role) => ({ userId: row.id, role })));
  if (input.branchIds.length > 0)
    await db
      .insert(userBranches)
      .values(input.branchIds.map((branchId) => ({ userId: row.id, branchId })));
  return row.id;
}

export async function findUserByUsername(db: DbOrTx, username: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.username, username.trim().toLowerCase()));
  return row;
}

export async function setUserLocale(
  db: DbOrTx,
  userId: string,
  locale: 'en' | 'zh-CN',
  now: Date,
): Promise<void> {
  await db.update(users).set({ locale, updatedAt: now }).where(eq(users.id, userId));
}
