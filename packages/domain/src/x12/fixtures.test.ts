import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkX12, read270, read271, read278, read835 } from './index.ts';
import type { X12Problem } from './index.ts';

const ROOT = new URL('../../../../fixtures/external/x12/', import.meta.url);
const filesIn = (folder: string): string[] => readdirSync(new URL(`${folder}/`, ROOT)).sort();
const fixture = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

/** "severity code SEGMENT+ELEMENT" for compact comparison. */
const summarize = (problems: readonly X12Problem[]): string[] =>
  problems.map((p) => `${p.severity} ${p.code} ${p.element ?? p.segmentId ?? '-'}`);

const countByCode = (problems: readonly X12Problem[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const p of problems)
    counts[`${p.severity} ${p.code}`] = (counts[`${p.severity} ${p.code}`] ?? 0) + 1;
  return counts;
};

/**
 * The quirks the upstream files keep, and exactly how `check` reports them. Every other fixture
 * checks clean.
 */
const EXPECTED_QUIRKS: Readonly<Record<string, string[]>> = {
  // TR3 example with ISA12 00401 and ST03 005010X279 (no A1).
  '270/oopfactory__Example1_IG.txt': ['warning VERSION ISA12', 'warning VERSION ST03'],
  // SE02 4323 while ST02 is 4321.
  '271/linuxforhealth__subscriber-health-benefit-check-error.271': ['warning SE_CONTROL SE02'],
  // TR3 examples with ISA12 00401 and GS08 005010X279 although ST03 is 005010X217.
  ...Object.fromEntries(
    filesIn('278').map((f) => [`278/${f}`, ['warning VERSION ISA12', 'warning VERSION GS08']]),
  ),
  // BPR16 (payment date) is 20002316, not a date.
  '835/linuxforhealth__managed-care.835': ['warning INVALID_VALUE BPR16'],
  // SVC01 written with ">" although ISA16 declares ":" as the component separator.
  '835/linuxforhealth__secondary-payment.835': [
    'warning UNKNOWN_CODE SVC01',
    'warning UNKNOWN_CODE SVC01',
  ],
  // De-identified amounts: the BHT01 structure code was masked to 9999 as well.
  '837P/oopfactory__MedicaidExample.txt': ['error INVALID_VALUE BHT01'],
};

describe('every externally authored X12 fixture', () => {
  it.each(filesIn('270'))('reads 270 %s without error', (file) => {
    const { inquiries } = read270(fixture(`270/${file}`));
    expect(inquiries.length).toBeGreaterThan(0);
    expect(inquiries[0]?.serviceTypes).toEqual(['30']);
  });

  it.each(filesIn('271'))('reads 271 %s without error', (file) => {
    expect(read271(fixture(`271/${file}`)).responses.length).toBeGreaterThan(0);
  });

  it.each(filesIn('278'))('reads 278 %s without error', (file) => {
    const { reviews } = read278(fixture(`278/${file}`));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.events.length).toBeGreaterThan(0);
  });

  it.each(filesIn('835'))('reads 835 %s without error', (file) => {
    expect(read835(fixture(`835/${file}`)).remittances.length).toBeGreaterThan(0);
  });

  const checked = ['270', '271', '278', '835', '837P'].flatMap((folder) =>
    filesIn(folder)
      .filter((f) => !f.startsWith('imsweb__') && !f.includes('ExampleFromNth'))
      .map((f) => `${folder}/${f}`),
  );
  it.each(checked)('check reports exactly the known quirks of %s', (path) => {
    expect(summarize(checkX12(fixture(path)))).toEqual(EXPECTED_QUIRKS[path] ?? []);
  });

  it('flags the de-identified 835 (amounts masked as 999.99) as out of balance, with warnings only', () => {
    const problems = checkX12(fixture('835/oopfactory__ExampleFromNth.txt'));
    expect(countByCode(problems)).toEqual({
      'warning PAYMENT_OUT_OF_BALANCE': 3,
      'warning CLAIM_OUT_OF_BALANCE': 51,
      'warning LINE_OUT_OF_BALANCE': 50,
      // Procedure qualifiers masked as XX.
      'warning UNKNOWN_CODE': 84,
    });
  });

  it('passes the envelope of the 820-claim 837 but reports its wrong SE01 and HL numbering', () => {
    const problems = checkX12(fixture('837P/imsweb__x12_many_claims.txt'));
    const envelope = [
      'ISA_WIDTH',
      'ISA_VALUE',
      'IEA_COUNT',
      'IEA_CONTROL',
      'GE_COUNT',
      'GE_CONTROL',
      'MISSING_IEA',
      'MISSING_GE',
    ];
    expect(problems.filter((p) => envelope.includes(p.code))).toEqual([]);
    expect(countByCode(problems)).toEqual({
      'warning SEPARATORS': 1,
      'error SE_COUNT': 1,
      'error HL_SEQUENCE': 1228,
      'error HL_PARENT': 410,
      'warning HL_CHILD_FLAG': 820,
    });
    const seCount = problems.find((p) => p.code === 'SE_COUNT');
    expect(seCount?.message).toContain(
      'says 25 but the number of segments from ST to SE inclusive is 11486',
    );
  });
});
