// The "authorization decided" precondition of the admission journey, as a pure rule: every service
// line and code the admission has a request for is approved (fully or partly, covering the start
// date) or confirmed not required, and there is at least one such record. Cancelled requests do not
// count; a line with several requests (a denial, then an approved appeal or a renewal) is decided
// when any of them is. An approval that later expired still covered the start of care.

export interface PreconditionRecord {
  serviceLine: string;
  procedureCode: string;
  status: string;
  certificationNumber: string | null;
  unitsApproved: number | null;
  unitType: string;
  approvedStart: string | null;
  approvedEnd: string | null;
}

export interface PreconditionResult {
  met: boolean;
  note: string | null;
}

const LABEL: Readonly<Partial<Record<string, string>>> = {
  drug: 'Drug',
  nursing: 'Nursing',
  'per-diem': 'Per diem',
  'pump-rental': 'Pump rental',
  supplies: 'Supplies',
};

const COVERING = new Set(['approved', 'partially-approved', 'expired']);

function covers(record: PreconditionRecord, startDate: string | null): boolean {
  if (!COVERING.has(record.status)) return false;
  if (record.status === 'expired' && startDate === null) return false;
  if (startDate === null) return true;
  return (
    record.approvedStart !== null &&
    record.approvedEnd !== null &&
    record.approvedStart <= startDate &&
    startDate <= record.approvedEnd
  );
}

function describe(record: PreconditionRecord): string {
  const label = `${LABEL[record.serviceLine] ?? record.serviceLine} ${record.procedureCode}`;
  if (record.status === 'not-required') return `${label}: not required`;
  if (!COVERING.has(record.status)) return `${label}: ${record.status}`;
  const units =
    record.unitsApproved === null ? '' : `, ${String(record.unitsApproved)} ${record.unitType}`;
  const word = record.status === 'partially-approved' ? 'partially approved' : 'approved';
  return `${label}: ${word}${record.certificationNumber ? ` ${record.certificationNumber}` : ''}${units}`;
}

export function evaluateAuthorizationDecided(
  records: readonly PreconditionRecord[],
  startDate: string | null,
): PreconditionResult {
  const relevant = records.filter((r) => r.status !== 'cancelled');
  if (relevant.length === 0) return { met: false, note: null };
  const groups = new Map<string, PreconditionRecord[]>();
  for (const record of relevant) {
    const key = `${record.serviceLine}|${record.procedureCode}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  let met = true;
  const parts: string[] = [];
  for (const group of groups.values()) {
    const deciding =
      group.find((r) => r.status === 'not-required') ?? group.find((r) => covers(r, startDate));
    if (deciding === undefined) {
      met = false;
      const latest = group[group.length - 1];
      if (latest !== undefined) parts.push(describe(latest));
    } else {
      parts.push(describe(deciding));
    }
  }
  return { met, note: parts.join('; ') };
}
