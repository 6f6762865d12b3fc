import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@infusio/domain/access';
import {
  cumulativeRequirements,
  stageIndex,
  type AdmissionStage,
  type PreconditionKey,
} from '@infusio/domain/intake';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import type { QueueResponse } from '../modules/intake/intake.contracts.ts';
import { admissions } from '../modules/intake/intake.tables.ts';
import { answerPreconditions } from '../modules/intake/precondition-answerers.ts';
import { branches } from '../modules/locations/locations.tables.ts';
import { patients } from '../modules/patients/patients.tables.ts';
import { seedDemoOrganisation } from './demo.ts';

// The demo organisation as a user first sees it: every admission, open or closed, has met every
// requirement of the stage it stands at and of the stages before it, according to whoever answers
// each requirement (a module's own records or a recorded fact); so no work queue waits on
// something the admission has already passed.
let t: TestApp;

const QUEUE_ROLES: readonly Role[] = ['intake', 'reimbursement', 'pharmacist', 'scheduler'];

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganisation(t.ctx);
});
afterAll(async () => t.close());

describe('the demo organisation on first start', () => {
  it('meets every requirement of each admission’s stage and of the stages before it', async () => {
    const rows = await t.ctx.db
      .select({ admission: admissions, given: patients.givenName, family: patients.familyName })
      .from(admissions)
      .innerJoin(patients, eq(patients.id, admissions.patientId));
    const answers = await answerPreconditions(
      t.ctx.db,
      rows.map((r) => r.admission),
    );
    const unmet = rows.flatMap(({ admission, given, family }) => {
      const stage = admission.stage as AdmissionStage;
      const missing = cumulativeRequirements(stage).filter(
        (key) => answers.get(admission.id)?.get(key)?.met !== true,
      );
      return missing.length === 0
        ? []
        : [`${family}, ${given} (${admission.status} at ${stage}): ${missing.join(', ')}`];
    });
    expect(rows.length).toBeGreaterThan(40);
    expect(unmet).toEqual([]);
  });

  it('lists no queue item waiting on a precondition of a stage the admission has passed', async () => {
    const [branch] = await t.ctx.db.select({ id: branches.id }).from(branches);
    const user = await t.newUser({ roles: [...QUEUE_ROLES], branchIds: [branch?.id ?? ''] });
    const client = await t.signedIn(user.username);
    const behind: string[] = [];
    let items = 0;
    for (const role of QUEUE_ROLES) {
      const response = await client.get<QueueResponse>(`/api/work-queues/${role}`);
      expect(response.status).toBe(200);
      for (const item of response.body.items) {
        items += 1;
        const passed = new Set<PreconditionKey>(cumulativeRequirements(item.stage));
        const stale = item.waitingFor.filter((w) => passed.has(w.key)).map((w) => w.key);
        if (stale.length > 0)
          behind.push(
            `${role}: ${item.patientName} at ${item.stage} waits for ${stale.join(', ')}`,
          );
      }
    }
    expect(items).toBeGreaterThan(0);
    expect(behind).toEqual([]);
  });

  it('holds admissions past each stage a module answers for', async () => {
    const rows = await t.ctx.db.select().from(admissions);
    const reached = (stage: AdmissionStage) =>
      rows.filter((row) => stageIndex(row.stage as AdmissionStage) >= stageIndex(stage)).length;
    // Without them the checks above would pass vacuously.
    expect(reached('benefits-verified')).toBeGreaterThan(30);
    expect(reached('authorized')).toBeGreaterThan(25);
    expect(reached('financial-review-acknowledged')).toBeGreaterThan(25);
  });
});
