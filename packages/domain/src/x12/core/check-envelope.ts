import { TRANSACTION_CODES } from '../codes/transaction-codes.ts';
import type { X12Envelope, X12Group, X12Interchange, X12Transaction } from './envelope.ts';
import type { X12Problem } from './problems.ts';
import type { X12Segment } from './segment.ts';
import { element, problemAt } from './segment.ts';
import { isDate6, isTime, parseDate8 } from './values.ts';

/**
 * Envelope rules of ASC X12 005010: ISA values, IEA01 = number of groups, IEA02 = ISA13,
 * GE01 = number of transaction sets, GE02 = GS06, SE01 = segments from ST to SE inclusive,
 * SE02 = ST02, GS01 and GS08/ST03 consistent with ST01.
 *
 * Severity: everything that leaves the content in doubt is an error. Two things are warnings
 * because the content is still certain: SE02 differing from ST02 (the segment count still proves
 * the set is complete; one of the LinuxForHealth 271 examples has it) and version labels that
 * differ from the HIPAA guide (ISA12 00401 or GS08 005010X279 on the TR3 examples).
 */
export function checkEnvelope(envelope: X12Envelope): X12Problem[] {
  const problems: X12Problem[] = [];
  for (const interchange of envelope.interchanges) checkInterchange(interchange, problems);
  return problems;
}

function sameControlNumber(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  return x === y || (/^\d+$/.test(x) && /^\d+$/.test(y) && Number(x) === Number(y));
}

function checkCount(
  trailer: X12Segment,
  n: number,
  expected: number,
  code: 'IEA_COUNT' | 'GE_COUNT' | 'SE_COUNT',
  what: string,
  problems: X12Problem[],
): void {
  const value = element(trailer, n);
  if (!/^\d+$/.test(value) || Number(value) !== expected) {
    problems.push(
      problemAt(
        trailer,
        n,
        'error',
        code,
        `${trailer.id}${String(n).padStart(2, '0')} says ${value === '' ? 'nothing' : value} but the ${what} is ${String(expected)}.`,
      ),
    );
  }
}

function checkIsaValues(isa: X12Segment, problems: X12Problem[]): void {
  const rules: [number, (v: string) => boolean, string][] = [
    [1, (v) => v === '00' || v === '03', 'ISA01 authorization qualifier must be 00 or 03'],
    [3, (v) => v === '00' || v === '01', 'ISA03 security qualifier must be 00 or 01'],
    [9, isDate6, 'ISA09 must be a date YYMMDD'],
    [10, (v) => v.length === 4 && isTime(v), 'ISA10 must be a time HHMM'],
    [13, (v) => /^\d{9}$/.test(v), 'ISA13 interchange control number must be 9 digits'],
    [14, (v) => v === '0' || v === '1', 'ISA14 acknowledgment requested must be 0 or 1'],
    [15, (v) => v === 'T' || v === 'P', 'ISA15 usage indicator must be T (test) or P (production)'],
  ];
  for (const [n, valid, message] of rules) {
    const value = element(isa, n);
    if (value.length > 0 && !valid(value)) {
      problems.push(problemAt(isa, n, 'error', 'ISA_VALUE', `${message}; found "${value}".`));
    }
  }
  const version = element(isa, 12);
  if (version !== '00501') {
    problems.push(
      problemAt(
        isa,
        12,
        'warning',
        'VERSION',
        `ISA12 is "${version}"; HIPAA 005010 interchanges use 00501.`,
      ),
    );
  }
}

function checkInterchange(interchange: X12Interchange, problems: X12Problem[]): void {
  const { isa, iea, groups } = interchange;
  checkIsaValues(isa, problems);
  if (groups.length === 0) {
    problems.push(
      problemAt(
        isa,
        null,
        'error',
        'MISSING_GS',
        'The interchange holds no functional group (GS).',
      ),
    );
  }
  for (const group of groups) checkGroup(group, problems);
  if (iea === null) return;
  checkCount(iea, 1, groups.length, 'IEA_COUNT', 'number of functional groups (GS)', problems);
  if (element(iea, 2) !== element(isa, 13)) {
    problems.push(
      problemAt(
        iea,
        2,
        'error',
        'IEA_CONTROL',
        `IEA02 "${element(iea, 2)}" does not match ISA13 "${element(isa, 13)}".`,
      ),
    );
  }
}

function checkGroup(group: X12Group, problems: X12Problem[]): void {
  const { gs, ge, transactions } = group;
  for (let n = 1; n <= 8; n++) {
    if (element(gs, n) === '') {
      problems.push(
        problemAt(
          gs,
          n,
          'error',
          'MISSING_ELEMENT',
          `GS${String(n).padStart(2, '0')} is required.`,
        ),
      );
    }
  }
  const date = element(gs, 4);
  if (date !== '' && parseDate8(date) === null) {
    problems.push(
      problemAt(gs, 4, 'error', 'INVALID_VALUE', `GS04 "${date}" is not a date CCYYMMDD.`),
    );
  }
  const time = element(gs, 5);
  if (time !== '' && !isTime(time)) {
    problems.push(problemAt(gs, 5, 'error', 'INVALID_VALUE', `GS05 "${time}" is not a time HHMM.`));
  }
  if (!/^\d{1,9}$/.test(element(gs, 6))) {
    problems.push(
      problemAt(
        gs,
        6,
        'error',
        'INVALID_VALUE',
        'GS06 group control number must be 1 to 9 digits.',
      ),
    );
  }
  if (transactions.length === 0) {
    problems.push(
      problemAt(
        gs,
        null,
        'error',
        'MISSING_ST',
        'The functional group holds no transaction set (ST).',
      ),
    );
  }
  for (const transaction of transactions) checkTransaction(group, transaction, problems);
  if (ge === null) return;
  checkCount(ge, 1, transactions.length, 'GE_COUNT', 'number of transaction sets (ST)', problems);
  if (!sameControlNumber(element(ge, 2), element(gs, 6))) {
    problems.push(
      problemAt(
        ge,
        2,
        'error',
        'GE_CONTROL',
        `GE02 "${element(ge, 2)}" does not match GS06 "${element(gs, 6)}".`,
      ),
    );
  }
}

function checkTransaction(
  group: X12Group,
  transaction: X12Transaction,
  problems: X12Problem[],
): void {
  const { st, se, body } = transaction;
  const type = element(st, 1);
  const control = element(st, 2);
  if (control.length < 4 || control.length > 9) {
    problems.push(
      problemAt(st, 2, 'error', 'INVALID_VALUE', `ST02 "${control}" must be 4 to 9 characters.`),
    );
  }
  checkVersions(group, st, type, problems);
  if (se === null) return;
  checkCount(
    se,
    1,
    body.length + 2,
    'SE_COUNT',
    'number of segments from ST to SE inclusive',
    problems,
  );
  if (element(se, 2) !== control) {
    problems.push(
      problemAt(
        se,
        2,
        'warning',
        'SE_CONTROL',
        `SE02 "${element(se, 2)}" does not match ST02 "${control}".`,
      ),
    );
  }
}

function checkVersions(
  group: X12Group,
  st: X12Segment,
  type: string,
  problems: X12Problem[],
): void {
  const entry = TRANSACTION_CODES.byCode.get(type);
  const gs01 = element(group.gs, 1);
  const gs08 = element(group.gs, 8);
  const st03 = element(st, 3);
  if (entry === undefined) {
    problems.push(
      problemAt(
        st,
        1,
        'warning',
        'UNSUPPORTED_TRANSACTION',
        `Transaction set ${type} is not one Infusio reads; only its envelope was checked.`,
      ),
    );
    return;
  }
  if (gs01 !== entry.functionalId) {
    problems.push(
      problemAt(
        group.gs,
        1,
        'warning',
        'FUNCTIONAL_GROUP',
        `GS01 "${gs01}" is not the functional identifier for a ${type} (${entry.functionalId}).`,
      ),
    );
  }
  if (st03 !== '' && st03 !== gs08) {
    problems.push(
      problemAt(
        group.gs,
        8,
        'warning',
        'VERSION',
        `GS08 "${gs08}" differs from ST03 "${st03}"; ST03 is used.`,
      ),
    );
  }
  const implementation = st03 === '' ? gs08 : st03;
  if (!entry.implementations.includes(implementation)) {
    problems.push(
      problemAt(
        st03 === '' ? group.gs : st,
        st03 === '' ? 8 : 3,
        'warning',
        'VERSION',
        `"${implementation}" is not the HIPAA implementation guide for a ${type} (${entry.implementations.join(', ')}).`,
      ),
    );
  }
}
