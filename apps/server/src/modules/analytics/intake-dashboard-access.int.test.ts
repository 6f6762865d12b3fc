import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { TestClient } from '../../test/test-client.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import type { IntakeDashboardResponse } from './analytics.contracts.ts';
import { INTAKE_CSV_HEADER } from './intake-dashboard-csv.ts';
import {
  buildDashboardWorld,
  NOW,
  OCTOBER,
  type DashboardWorld,
} from './test-support/dashboard-world.ts';

let t: TestApp;
let world: DashboardWorld;
const clients = new Map<string, TestClient>();
const ids: Record<string, string> = {};

function client(name: string): TestClient {
  const found = clients.get(name);
  if (!found) throw new Error(`no signed-in ${name}`);
  return found;
}
const c = {
  get intake() {
    return client('intake');
  },
  get billing() {
    return client('billing');
  },
  get admin() {
    return client('admin');
  },
  get nurse() {
    return client('nurse');
  },
  get physician() {
    return client('physician');
  },
  get unbranched() {
    return client('unbranched');
  },
};

beforeAll(async () => {
  t = await createTestApp();
  world = await buildDashboardWorld(t);
  const users = {
    intake: await t.newUser({ roles: ['intake'], branchIds: [world.branchA] }),
    billing: await t.newUser({ roles: ['billing'], branchIds: [world.branchA] }),
    admin: await t.newUser({ roles: ['admin'] }),
    nurse: await t.newUser({ roles: ['nurse'], branchIds: [world.branchA] }),
    physician: await t.newUser({ roles: ['physician'] }),
    unbranched: await t.newUser({ roles: ['intake'] }),
  };
  for (const [name, user] of Object.entries(users)) {
    ids[name] = user.id;
    clients.set(name, await t.signedIn(user.username));
  }
  t.clock.set(NOW);
});
afterAll(async () => t.close());

const get = (client: TestClient, query: string) =>
  client.get<IntakeDashboardResponse>(`/api/dashboard/intake?${query}`);

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('who sees which figures', () => {
  it('shows branch roles their own branches only, whatever they group by', async () => {
    for (const client of [c.intake, c.billing]) {
      const response = await get(client, `${OCTOBER}&groupBy=branch`);
      expect(response.status).toBe(200);
      expect(response.body.overall.referrals.received).toBe(10);
      expect(response.body.branches.map((b) => b.id)).toEqual([world.branchA]);
      expect(response.body.groups.map((g) => g.key)).toEqual([world.branchA]);
    }
  });

  it('shows an organisation-wide role every branch, and one branch when asked', async () => {
    const all = await get(c.admin, `${OCTOBER}&groupBy=branch`);
    expect(all.body.overall.referrals.received).toBe(11);
    expect(all.body.groups.map((g) => [g.key, g.referrals.received])).toEqual([
      [world.branchA, 10],
      [world.branchB, 1],
    ]);
    const one = await get(c.admin, `${OCTOBER}&branchId=${world.branchB}`);
    expect(one.body.overall.referrals.received).toBe(1);
    expect(one.body.overall.referralToSocHours.median).toBe(8);
  });

  it('answers 404 for a branch the caller may not see, as for one that does not exist', async () => {
    const other = await get(c.intake, `${OCTOBER}&branchId=${world.branchB}`);
    expect(other.status).toBe(404);
    const unknown = await get(c.admin, `${OCTOBER}&branchId=${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
  });

  it('shows a branch role without branches nothing', async () => {
    const response = await get(c.unbranched, OCTOBER);
    expect(response.status).toBe(200);
    expect(response.body.overall.referrals.received).toBe(0);
    expect(response.body.branches).toEqual([]);
  });

  it('refuses roles without a dashboard grant and anonymous callers', async () => {
    expect((await get(c.nurse, OCTOBER)).status).toBe(403);
    expect((await get(c.physician, OCTOBER)).status).toBe(403);
    expect((await get(t.client(), OCTOBER)).status).toBe(401);
    expect((await c.nurse.get(`/api/dashboard/intake.csv?${OCTOBER}`)).status).toBe(403);
  });

  it('sends aggregates only: no patient id anywhere in the answer', async () => {
    const response = await get(c.admin, `${OCTOBER}&groupBy=payer`);
    const text = JSON.stringify(response.body);
    for (const patientId of world.patientIds) expect(text).not.toContain(patientId);
  });

  it('records the read in the audit trail without patient ids', async () => {
    await get(c.billing, `${OCTOBER}&groupBy=payer`);
    const rows = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, ids.billing ?? ''),
          eq(auditEvents.resourceType, 'dashboard'),
        ),
      );
    const last = rows.at(-1);
    expect(last).toMatchObject({ action: 'read', outcome: 'success', patientId: null });
    expect(last?.details).toMatchObject({
      view: 'intake',
      format: 'json',
      from: '2026-10-01',
      to: '2026-10-31',
      groupBy: 'payer',
    });
  });
});

describe('the date range and filters', () => {
  const fieldsOf = async (query: string) => {
    const response = await c.intake.get<{
      code: string;
      errors?: { field: string; code: string }[];
    }>(`/api/dashboard/intake?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    return (response.body.errors ?? []).map((e) => [e.field, e.code]);
  };

  it('refuses an end before the start', async () => {
    expect(await fieldsOf('from=2026-10-31&to=2026-10-01')).toEqual([
      ['querystring:to', 'before_from'],
    ]);
  });

  it('refuses a range over two years and accepts exactly two', async () => {
    expect(await fieldsOf('from=2024-01-01&to=2026-01-01')).toEqual([
      ['querystring:from', 'range_too_long'],
    ]);
    expect((await get(c.intake, 'from=2024-01-01&to=2025-12-31')).status).toBe(200);
  });

  it('refuses dates that do not exist, unknown groupings and time zones', async () => {
    expect(await fieldsOf('from=2026-02-30&to=2026-03-01')).toEqual([
      ['querystring:from', 'format'],
    ]);
    expect((await fieldsOf('groupBy=prescriber')).map(([field]) => field)).toContain(
      'querystring:groupBy',
    );
    expect(await fieldsOf('timeZone=Nowhere/Special')).toEqual([
      ['querystring:timeZone', 'time_zone'],
    ]);
  });
});

describe('the CSV export', () => {
  it('downloads one RFC 4180 row per group under a header row', async () => {
    const response = await c.intake.get<string>(
      `/api/dashboard/intake.csv?${OCTOBER}&groupBy=payer`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="intake-dashboard_2026-10-01_2026-10-31_by-payer.csv"',
    );
    expect(response.body).toContain('"Aetna, Inc."');
    const rows = parseCsv(response.body);
    expect(rows[0]).toEqual(INTAKE_CSV_HEADER);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(INTAKE_CSV_HEADER.length);
    const column = (name: string) => INTAKE_CSV_HEADER.indexOf(name);
    const aetna = rows.find((r) => r[column('group_key')] === 'Aetna, Inc.');
    expect(aetna?.[column('referrals_received')]).toBe('2');
    expect(aetna?.[column('waiting_now_benefits-verified_count')]).toBe('1');
    const blueCross = rows.find(
      (r) => r[column('group_key')] === 'Blue Cross Blue Shield of Illinois',
    );
    expect(blueCross?.[column('conversion_percent')]).toBe('66.7');
    expect(blueCross?.[column('soc_median_hours')]).toBe('63');
  });

  it('checks the range the same way and audits the download', async () => {
    const bad = await c.intake.get(`/api/dashboard/intake.csv?from=2026-10-31&to=2026-10-01`);
    expect(bad.status).toBe(400);
    await c.intake.get(`/api/dashboard/intake.csv?${OCTOBER}&groupBy=none`);
    const rows = await t.ctx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorUserId, ids.intake ?? ''),
          eq(auditEvents.resourceType, 'dashboard'),
        ),
      );
    expect(rows.at(-1)?.details).toMatchObject({ format: 'csv', groupBy: 'none' });
  });
});
