// One isolated Infusio per test file: its own database, clock, secret key and factories.
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@infusio/domain/access';
import { buildApp } from '../app.ts';
import type { AppContext } from '../platform/app-context.ts';
import { ManualClock } from '../platform/clock.ts';
import { loadConfig, type AppConfig } from '../platform/config/config.ts';
import { createSecretBox } from '../platform/crypto/secret-box.ts';
import { branches } from '../modules/locations/locations.tables.ts';
import { createUser } from '../modules/identity/users.ts';
import { generateTotpCode } from '../modules/identity/totp.ts';
import { patientRelationships, patients } from '../modules/patients/patients.tables.ts';
import { syntheticPatient } from '../seed/synthetic-people.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { ensureReferenceData } from '../seed/reference-data.ts';
import { TestClient } from './test-client.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: ManualClock;
  testDb: TestDatabase;
  close(): Promise<void>;
  newBranch(): Promise<string>;
  newUser(input: {
    roles: Role[];
    branchIds?: string[];
    mfa?: boolean;
    username?: string;
  }): Promise<{ id: string; username: string }>;
  newPatient(input: {
    branchId: string;
    overrides?: Partial<typeof patients.$inferInsert>;
  }): Promise<string>;
  relate(
    patientId: string,
    userId: string,
    relation: 'self' | 'caregiver' | 'assigned-nurse' | 'referring-physician',
    permissions?: string[],
  ): Promise<void>;
  client(): TestClient;
  /** A client already through password and second factor. */
  signedIn(username: string): Promise<TestClient>;
}

export async function createTestApp(configOverrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  await ensureReferenceData(testDb.database.db);
  const clock = new ManualClock();
  const config: AppConfig = { ...loadConfig({}), seedDemo: false, ...configOverrides };
  const ctx: AppContext = {
    config,
    database: testDb.database,
    db: testDb.database.db,
    clock,
    secretBox: createSecretBox(randomBytes(32)),
  };
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  let counter = 0;

  const testApp: TestApp = {
    app,
    ctx,
    clock,
    testDb,
    async close() {
      await app.close();
      await testDb.drop();
    },
    async newBranch() {
      const code = `T-${randomUUID().slice(0, 8)}`;
      const [row] = await ctx.db
        .insert(branches)
        .values({
          code,
          name: `Branch ${code}`,
          addressLine1: '1 Test St',
          city: 'Chicago',
          state: 'IL',
          postalCode: '60601',
          phone: '(312) 555-0000',
        })
        .returning({ id: branches.id });
      if (!row) throw new Error('no branch');
      return row.id;
    },
    async newUser({ roles, branchIds = [], mfa, username }) {
      counter += 1;
      const name = username ?? `${roles.join('-')}-${counter}-${randomUUID().slice(0, 6)}`;
      const enrolled = mfa ?? roles.some((r) => r !== 'patient' && r !== 'caregiver');
      const id = await createUser(ctx.db, {
        username: name,
        displayName: `Test ${name}`,
        password: TEST_PASSWORD,
        roles,
        branchIds,
        ...(enrolled
          ? { mfaSecretSealed: ctx.secretBox.seal(TEST_TOTP_SECRET), mfaEnabledAt: clock.now() }
          : {}),
      });
      return { id, username: name };
    },
    async newPatient({ branchId, overrides = {} }) {
      counter += 1;
      const person = syntheticPatient(
        Date.now() % 100000,
        counter,
        `T${randomUUID().slice(0, 6).toUpperCase()}`,
      );
      const [row] = await ctx.db
        .insert(patients)
        .values({ ...person, branchId, ...overrides })
        .returning({ id: patients.id });
      if (!row) throw new Error('no patient');
      return row.id;
    },
    async relate(patientId, userId, relation, permissions = []) {
      await ctx.db.insert(patientRelationships).values({
        patientId,
        userId,
        relation,
        permissions,
        startsAt: new Date(clock.now().getTime() - 60_000),
      });
    },
    client: () => new TestClient(app),
    async signedIn(username) {
      const client = new TestClient(app);
      const login = await client.post<{ mfaState: string; csrfToken: string }>('/api/auth/login', {
        username,
        password: TEST_PASSWORD,
      });
      if (login.status !== 200)
        throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
      client.csrfToken = login.body.csrfToken;
      if (login.body.mfaState === 'verify') {
        // Each sign-in in a test uses a fresh 30-second step so replay protection does not interfere.
        clock.advanceMinutes(1);
        const verify = await client.post<{ csrfToken: string }>('/api/auth/mfa/verify', {
          code: generateTotpCode(TEST_TOTP_SECRET, clock.now()),
        });
        if (verify.status !== 200)
          throw new Error(`second factor failed: ${verify.status} ${JSON.stringify(verify.body)}`);
        client.csrfToken = verify.body.csrfToken;
      }
      return client;
    },
  };
  return testApp;
}
