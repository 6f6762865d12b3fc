import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { scopesFor, type Action } from '@infusio/domain/access';
import type { AccessContext } from '../../platform/access/access-context.ts';
import type { DbOrTx } from '../../platform/db/types.ts';
import { inquiries } from '../intake/intake.tables.ts';
import {
  INQUIRY_STATUSES,
  type Inquiry,
  type InquiryCounts,
  type InquiryEvent,
  type InquiryStatus,
  type ListInquiriesQuery,
} from './inquiries.contracts.ts';
import { inquiryEvents } from './inquiries.tables.ts';
import { idPrefixOfReference, referenceOf } from './inquiry-values.ts';

type Caller = Pick<AccessContext, 'roles' | 'branchIds'>;
export type InquiryRow = typeof inquiries.$inferSelect;

/** The inquiries the caller may reach: intake sees its branches' queue (deny by default). */
export function inquiryScope(access: Caller, action: Action): SQL {
  const scopes = scopesFor(access.roles, 'inquiry', action);
  if (scopes.includes('all')) return sql`true`;
  if (scopes.includes('branch') && access.branchIds.length > 0)
    return inArray(inquiries.branchId, access.branchIds);
  return sql`false`;
}

function filterOf(query: Pick<ListInquiriesQuery, 'reference'>): SQL | undefined {
  if (query.reference === undefined) return undefined;
  const prefix = idPrefixOfReference(query.reference);
  // A reference that cannot be one matches nothing rather than everything.
  return prefix ? sql`replace(${inquiries.id}::text, '-', '') like ${`${prefix}%`}` : sql`false`;
}

export function toInquiry(row: InquiryRow, events: readonly InquiryEvent[]): Inquiry {
  return {
    id: row.id,
    reference: referenceOf(row.id),
    status: row.status as InquiryStatus,
    branchId: row.branchId,
    requesterName: row.requesterName,
    requesterRelationship: row.requesterRelationship,
    patientName: row.patientName,
    phone: row.phone,
    email: row.email,
    preferredLanguage: row.preferredLanguage,
    postalCode: row.postalCode,
    therapyDescription: row.therapyDescription,
    prescriberName: row.prescriberName,
    message: row.message,
    referralId: row.referralId,
    receivedAt: row.receivedAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
    events: [...events],
  };
}

/** Each inquiry's history, oldest first. */
export async function findInquiryEvents(
  db: DbOrTx,
  inquiryIds: readonly string[],
): Promise<Map<string, InquiryEvent[]>> {
  const byInquiry = new Map<string, InquiryEvent[]>();
  if (inquiryIds.length === 0) return byInquiry;
  const rows = await db
    .select()
    .from(inquiryEvents)
    .where(inArray(inquiryEvents.inquiryId, [...inquiryIds]))
    .orderBy(asc(inquiryEvents.at), asc(inquiryEvents.id));
  for (const row of rows) {
    const list = byInquiry.get(row.inquiryId) ?? [];
    list.push({
      kind: row.kind as InquiryEvent['kind'],
      reasonCode: row.reasonCode,
      note: row.note,
      referralId: row.referralId,
      actorName: row.actorName,
      at: row.at.toISOString(),
    });
    byInquiry.set(row.inquiryId, list);
  }
  return byInquiry;
}

export async function listInquiries(db: DbOrTx, access: Caller, query: ListInquiriesQuery) {
  const scope = and(inquiryScope(access, 'read'), filterOf(query));
  const where = and(scope, query.status ? eq(inquiries.status, query.status) : undefined);
  const grouped = await db
    .select({ status: inquiries.status, n: count() })
    .from(inquiries)
    .where(scope)
    .groupBy(inquiries.status);
  const counts = Object.fromEntries(
    INQUIRY_STATUSES.map((status) => [status, grouped.find((g) => g.status === status)?.n ?? 0]),
  ) as InquiryCounts;
  const total = query.status
    ? counts[query.status]
    : INQUIRY_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  // New requests first and oldest first within a status: the one waiting longest is on top.
  const rows = await db
    .select()
    .from(inquiries)
    .where(where)
    .orderBy(
      sql`case ${inquiries.status} when 'new' then 0 when 'contacted' then 1 else 2 end`,
      asc(inquiries.receivedAt),
      desc(inquiries.id),
    )
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const events = await findInquiryEvents(
    db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toInquiry(row, events.get(row.id) ?? [])), total, counts };
}

/** The inquiry, or undefined when it does not exist or is not the caller's to handle. */
export async function getVisibleInquiry(
  db: DbOrTx,
  access: Caller,
  id: string,
  action: Action,
): Promise<InquiryRow | undefined> {
  const [row] = await db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.id, id), inquiryScope(access, action)));
  return row;
}
