// The chart's history tab: every change, newest first, limited to the sections this caller sees
// and without the patient fields their role hides.
import {
  and,
  count,
  desc,
  eq,
  inArray,
  isNull,
  not,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/types.ts';
import type { ChartChange, ChartHistoryQuery } from './chart.contracts.ts';
import type { ChartAccess } from './chart-access.ts';
import { visibleEntities } from './chart-sections.ts';
import { recordChanges } from './chart.tables.ts';

function visibleChanges(chart: ChartAccess): SQL {
  const entities = visibleEntities(chart.sections);
  const hidden = [...chart.hiddenPatientFields];
  const conditions: SQL[] = [
    eq(recordChanges.patientId, chart.patient.id),
    entities.length > 0 ? inArray(recordChanges.entity, entities) : sql`false`,
  ];
  if (hidden.length > 0) {
    const hiddenPatientField = and(
      eq(recordChanges.entity, 'patient'),
      or(isNull(recordChanges.field), notInArray(recordChanges.field, hidden)),
    );
    conditions.push(or(not(eq(recordChanges.entity, 'patient')), hiddenPatientField) ?? sql`false`);
  }
  return and(...conditions) ?? sql`false`;
}

export async function listChartHistory(
  db: DbOrTx,
  chart: ChartAccess,
  query: ChartHistoryQuery,
): Promise<{ items: ChartChange[]; total: number }> {
  const where = visibleChanges(chart);
  const [totalRow] = await db.select({ total: count() }).from(recordChanges).where(where);
  const rows = await db
    .select()
    .from(recordChanges)
    .where(where)
    .orderBy(desc(recordChanges.at), desc(recordChanges.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map((row) => ({
      id: row.id,
      entity: row.entity,
      entityId: row.entityId,
      change: row.change,
      field: row.field,
      oldValue: row.oldValue,
      newValue: row.newValue,
      actorName: row.actorName,
      at: row.at.toISOString(),
    })),
    total: totalRow?.total ?? 0,
  };
}
