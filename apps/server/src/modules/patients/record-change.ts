// The chart's history: every change, field by field, with who and when. Called inside the
// transaction that makes the change.
import type { DbOrTx } from '../../platform/db/types.ts';
import { recordChanges } from './chart.tables.ts';

export type ChangedEntity =
  | 'patient'
  | 'contact'
  | 'caregiver'
  | 'allergy'
  | 'diagnosis'
  | 'medication'
  | 'coverage'
  | 'admission'
  | 'referral'
  | 'document';

export interface ChangeActor {
  userId: string | null;
  name: string;
}

export interface FieldChange {
  field: string;
  oldValue?: unknown;
  newValue?: unknown;
}

function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export async function recordChartChange(
  db: DbOrTx,
  input: {
    patientId: string;
    entity: ChangedEntity;
    entityId: string;
    change: 'created' | 'updated' | 'removed';
    fields?: readonly FieldChange[];
    actor: ChangeActor;
    at: Date;
  },
): Promise<void> {
  const base = {
    patientId: input.patientId,
    entity: input.entity,
    entityId: input.entityId,
    change: input.change,
    actorUserId: input.actor.userId,
    actorName: input.actor.name,
    at: input.at,
  };
  const fields = input.fields ?? [];
  if (fields.length === 0) {
    await db.insert(recordChanges).values(base);
    return;
  }
  const rows = fields
    .filter((f) => input.change !== 'updated' || asText(f.oldValue) !== asText(f.newValue))
    .map((f) => ({
      ...base,
      field: f.field,
      oldValue: asText(f.oldValue),
      newValue: asText(f.newValue),
    }));
  if (rows.length > 0) await db.insert(recordChanges).values(rows);
}

/** The fields of `after` that differ from `before`, for an update's history rows. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): FieldChange[] {
  const entries: [string, unknown][] = Object.entries(after);
  return entries
    .filter(([key, value]) => value !== undefined && asText(before[key]) !== asText(value))
    .map(([field, newValue]): FieldChange => ({ field, oldValue: before[field], newValue }));
}
