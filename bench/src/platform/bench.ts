// Platform figures on the embedded database: seeding 100,000 patients, searching them as a
// coordinator would, appending to the audit trail, filing referrals and reading the work queue.
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { summarizeDistribution } from '@infusio/domain/intake';
import { completeReferral } from '@infusio/domain/testing';
import type { BenchSection } from '../section.ts';
import { buildApp } from '../../../apps/server/src/app.ts';
import { ManualClock } from '../../../apps/server/src/platform/clock.ts';
import { loadConfig } from '../../../apps/server/src/platform/config/config.ts';
import { createSecretBox } from '../../../apps/server/src/platform/crypto/secret-box.ts';
import { openInMemory } from '../../../apps/server/src/platform/db/database.ts';
import { recordAudit } from '../../../apps/server/src/modules/audit/record-audit.ts';
import { generateTotpCode } from '../../../apps/server/src/modules/identity/totp.ts';
import { branches } from '../../../apps/server/src/modules/locations/locations.tables.ts';
import { patients } from '../../../apps/server/src/modules/patients/patients.tables.ts';
import {
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  seedDemoOrganisation,
} from '../../../apps/server/src/seed/demo.ts';
import { ensureReferenceData } from '../../../apps/server/src/seed/reference-data.ts';
import { syntheticPatient } from '../../../apps/server/src/seed/synthetic-people.ts';

const PATIENTS = 100_000;
const SEARCHES = 300;
const REFERRALS = 200;

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const section: BenchSection = {
  id: 'platform',
  title:
    'Platform: seeding, patient search, audit trail, referrals and work queues (embedded PostgreSQL)',
  async run(progress) {
    const database = await openInMemory();
    await database.migrate();
    await ensureReferenceData(database.db);
    const clock = new ManualClock(new Date());
    const ctx = {
      config: { ...loadConfig({}), sessionIdleMinutes: 15, seedDemo: false },
      database,
      db: database.db,
      clock,
      secretBox: createSecretBox(randomBytes(32)),
    };
    await seedDemoOrganisation(ctx);
    const [branch] = await database.db.select({ id: branches.id }).from(branches).limit(1);
    if (!branch) throw new Error('no branch');

    progress(`seeding ${PATIENTS.toLocaleString('en-US')} patients`);
    const [, seedMs] = await timed(async () => {
      for (let offset = 0; offset < PATIENTS; offset += 1000) {
        const rows = Array.from({ length: 1000 }, (_, i) => ({
          ...syntheticPatient(7, offset + i, 'BENCH'),
          branchId: branch.id,
        }));
        await database.db.insert(patients).values(rows);
      }
    });

    const app = await buildApp(ctx, { serveWeb: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'intake', password: DEMO_PASSWORD },
    });
    let cookie = `infusio_session=${login.cookies.find((c) => c.name === 'infusio_session')?.value ?? ''}`;
    clock.advanceMinutes(1);
    const verify = await app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      payload: { code: generateTotpCode(DEMO_TOTP_SECRET, clock.now()) },
      headers: { cookie, 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken },
    });
    cookie = `infusio_session=${verify.cookies.find((c) => c.name === 'infusio_session')?.value ?? ''}`;
    const csrf = verify.json<{ csrfToken: string }>().csrfToken;

    progress(`${SEARCHES} patient searches`);
    const prefixes = [
      'Sm',
      'Joh',
      'Garc',
      'Chen',
      'Wil',
      'Le',
      'Mart',
      'Ng',
      'Pat',
      'Lopez, Ma',
      '1950-03-02',
      'BENCH0000049',
    ];
    const searchTimes: number[] = [];
    let lastTotal = 0;
    for (let i = 0; i < SEARCHES; i++) {
      const term = prefixes[i % prefixes.length] ?? 'Sm';
      const [response, took] = await timed(() =>
        app.inject({
          method: 'GET',
          url: `/api/patients?search=${encodeURIComponent(term)}&pageSize=25`,
          headers: { cookie },
        }),
      );
      if (response.statusCode !== 200) throw new Error(`search failed ${response.statusCode}`);
      lastTotal = response.json<{ total: number }>().total;
      searchTimes.push(took);
    }
    const [, firstPageMs] = await timed(() =>
      app.inject({ method: 'GET', url: '/api/patients?pageSize=25', headers: { cookie } }),
    );

    progress('audit appends');
    const auditTimes: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const [, took] = await timed(() =>
        recordAudit(
          database.db,
          { username: 'bench', roles: ['intake'] },
          [{ action: 'read', resourceType: 'patient', resourceId: String(i) }],
          clock.now(),
        ),
      );
      auditTimes.push(took);
    }

    progress(`${REFERRALS} referrals through the API`);
    const referralTimes: number[] = [];
    for (let i = 0; i < REFERRALS; i++) {
      const base = completeReferral('anti-infective');
      const draft = {
        ...base,
        patient: {
          ...base.patient,
          givenName: `Bench${i}`,
          familyName: `Referral${i}x`,
          birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 9}`,
        },
        coverages: base.coverages.map((c) => ({ ...c, memberId: `BM${i}X${Date.now()}` })),
        prescription: { ...base.prescription, startDate: clock.now().toISOString().slice(0, 10) },
        clinical: {
          ...base.clinical,
          labs: [
            {
              name: 'serum creatinine',
              value: '0.9',
              date: clock.now().toISOString().slice(0, 10),
            },
          ],
        },
      };
      const [response, took] = await timed(() =>
        app.inject({
          method: 'POST',
          url: '/api/referrals',
          payload: { draft, patientDecision: { action: 'create-new' } },
          headers: { cookie, 'x-csrf-token': csrf },
        }),
      );
      if (response.statusCode !== 201)
        throw new Error(`referral failed ${response.statusCode} ${response.body.slice(0, 300)}`);
      referralTimes.push(took);
    }
    const queueTimes: number[] = [];
    let queueSize = 0;
    for (let i = 0; i < 20; i++) {
      const [response, took] = await timed(() =>
        app.inject({ method: 'GET', url: '/api/work-queues/intake', headers: { cookie } }),
      );
      queueSize = response.json<{ counts: { total: number } }>().counts.total;
      queueTimes.push(took);
    }
    await app.close();
    await database.close();

    const row = (name: string, values: number[], note: string) => {
      const d = summarizeDistribution(values);
      return `| ${name} | ${d.count} | ${ms(d.median)} | ${ms(d.p90)} | ${ms(d.max)} | ${note} |`;
    };
    return [
      `Seeding ${PATIENTS.toLocaleString('en-US')} synthetic patients (batches of 1,000): **${(seedMs / 1000).toFixed(1)} s** (${Math.round(PATIENTS / (seedMs / 1000)).toLocaleString('en-US')} rows/s). First page of the patient list unfiltered on ${PATIENTS.toLocaleString('en-US')} + 20 patients: ${firstPageMs.toFixed(1)} ms.`,
      '',
      '| operation (in-process HTTP, PGlite) | n | median ms | p90 ms | max ms | note |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      row(
        'GET /api/patients?search= (25 per page, audited)',
        searchTimes,
        `name prefix, "family, given", birth date, MRN; last total ${lastTotal}`,
      ),
      row(
        'audit append (hash chain, advisory lock)',
        auditTimes,
        `${Math.round(1000 / (summarizeDistribution(auditTimes).median ?? 1))} rows/s one at a time`,
      ),
      row(
        'POST /api/referrals (chart + admission, one transaction)',
        referralTimes,
        'duplicate search, checklist, chart history, audit',
      ),
      row('GET /api/work-queues/intake', queueTimes, `${queueSize} open admissions evaluated`),
    ].join('\n');
  },
};

export default section;
