import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { X12ValidationError, checkX12, read271, readX12 } from './index.ts';
import type { X12Problem } from './index.ts';

const VALID_271 = readFileSync(
  new URL(
    '../../../../fixtures/external/x12/271/linuxforhealth__subscriber-health-benefit-check.271',
    import.meta.url,
  ),
  'utf8',
);

/** Byte offset of `marker` in `text`, plus `shift` (the fixture is ASCII, so chars = bytes). */
function offsetOf(text: string, marker: string, shift = 0): number {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not found`);
  return at + shift;
}

function refusal(text: string): readonly X12Problem[] {
  try {
    read271(text);
  } catch (error) {
    if (error instanceof X12ValidationError) return error.problems;
    throw error;
  }
  throw new Error('the reader accepted a broken file');
}

function errorsOf(text: string): X12Problem[] {
  return checkX12(text).filter((p) => p.severity === 'error');
}

describe('malformed 271 files are refused with the segment and position named', () => {
  it('accepts the untouched file', () => {
    expect(checkX12(VALID_271)).toEqual([]);
  });

  it('rejects an ISA whose sender id is not 15 characters wide', () => {
    const broken = VALID_271.replace('*000000005      *', '*000000005*');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'ISA_WIDTH',
        segmentIndex: 1,
        segmentId: 'ISA',
        element: 'ISA06',
        offset: offsetOf(broken, '000000005*'),
        line: 1,
      }),
    ]);
    expect(refusal(broken).some((p) => p.code === 'ISA_WIDTH')).toBe(true);
  });

  it('rejects a 271 whose SE count is off by one', () => {
    const broken = VALID_271.replace('SE*22*4321', 'SE*23*4321');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'SE_COUNT',
        segmentIndex: 24,
        segmentId: 'SE',
        element: 'SE01',
        offset: offsetOf(broken, 'SE*23', 3),
        line: 24,
      }),
    ]);
    expect(errorsOf(broken)[0]?.message).toBe(
      'SE01 says 23 but the number of segments from ST to SE inclusive is 22.',
    );
  });

  it('rejects an interchange whose IEA02 does not match ISA13', () => {
    const broken = VALID_271.replace('IEA*1*000000907', 'IEA*1*000000908');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'IEA_CONTROL',
        segmentId: 'IEA',
        element: 'IEA02',
        offset: offsetOf(broken, 'IEA*1*', 6),
      }),
    ]);
  });

  it('rejects a group whose GE02 does not match GS06', () => {
    const broken = VALID_271.replace('GE*1*1', 'GE*1*2');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'GE_CONTROL',
        segmentIndex: 25,
        element: 'GE02',
        offset: offsetOf(broken, 'GE*1*2', 5),
      }),
    ]);
  });

  it('rejects a file truncated before IEA, naming the open interchange', () => {
    const broken = VALID_271.slice(0, VALID_271.indexOf('IEA'));
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'MISSING_IEA',
        segmentIndex: 1,
        segmentId: 'ISA',
        offset: 0,
      }),
    ]);
    expect(() => read271(broken)).toThrow(X12ValidationError);
  });

  it('rejects a file cut in the middle of a segment', () => {
    const broken = VALID_271.slice(0, offsetOf(VALID_271, 'EB*B**1^33', 12));
    const codes = errorsOf(broken).map((p) => `${p.code} ${p.segmentId ?? ''}`);
    expect(codes).toEqual([
      'MISSING_IEA ISA',
      'MISSING_GE GS',
      'MISSING_SE ST',
      'MISSING_TERMINATOR EB',
    ]);
  });

  it('rejects an unknown EB01 code at its element', () => {
    const broken = VALID_271.replace('EB*L~', 'EB*Z~');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_CODE',
        segmentIndex: 17,
        segmentId: 'EB',
        element: 'EB01',
        offset: offsetOf(broken, 'EB*Z', 3),
        line: 17,
      }),
    ]);
    expect(refusal(broken)[0]?.message).toContain(
      '"Z" is not a known eligibility or benefit information code',
    );
  });

  it('rejects unknown coverage levels, network flags, reject reasons and follow-ups', () => {
    const eb = VALID_271.replace('EB*B**1^33', 'EB*B*XYZ*1^33').replace('*****Y~', '*****Q~');
    expect(errorsOf(eb).map((p) => p.element)).toEqual(['EB02', 'EB12']);
    const error271 = readFileSync(
      new URL(
        '../../../../fixtures/external/x12/271/linuxforhealth__subscriber-health-benefit-check-error.271',
        import.meta.url,
      ),
      'utf8',
    );
    const aaa = error271.replace('AAA*Y**50*N', 'AAA*Y**99*Z');
    expect(errorsOf(aaa).map((p) => p.element)).toEqual(['AAA03', 'AAA04']);
  });

  it('only warns about a service type code outside our list, since X12 keeps adding them', () => {
    const text = VALID_271.replace('EB*1**30**GOLD', 'EB*1**30^ZZ9**GOLD');
    expect(checkX12(text)).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'UNKNOWN_CODE', element: 'EB03' }),
    ]);
    expect(read271(text).responses[0]?.status).toBe('active');
  });

  it('rejects a date that is not a calendar date', () => {
    const broken = VALID_271.replace('DTP*346*D8*20060101', 'DTP*346*D8*20060231');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({
        code: 'INVALID_VALUE',
        element: 'DTP03',
        offset: offsetOf(broken, '20060231'),
      }),
    ]);
  });

  it('rejects an HL whose parent does not exist', () => {
    const broken = VALID_271.replace('HL*3*2*22*0', 'HL*3*7*22*0');
    expect(errorsOf(broken)).toEqual([
      expect.objectContaining({ code: 'HL_PARENT', element: 'HL02' }),
    ]);
  });

  it('rejects text that is not X12', () => {
    expect(errorsOf('')).toEqual([expect.objectContaining({ code: 'EMPTY_INPUT' })]);
    expect(errorsOf('hello world')).toEqual([
      expect.objectContaining({ code: 'MISSING_ISA', offset: 0 }),
    ]);
    expect(() => readX12('GS*HB*1~')).toThrow(X12ValidationError);
  });
});

describe('counts and qualifiers of other transactions', () => {
  const fixture = (path: string): string =>
    readFileSync(new URL(`../../../../fixtures/external/x12/${path}`, import.meta.url), 'utf8');

  it('rejects wrong GE01 and IEA01 counts', () => {
    const broken = VALID_271.replace('GE*1*1', 'GE*2*1').replace('IEA*1*', 'IEA*3*');
    expect(errorsOf(broken).map((p) => [p.code, p.element])).toEqual([
      ['GE_COUNT', 'GE01'],
      ['IEA_COUNT', 'IEA01'],
    ]);
  });

  it('rejects an unknown HCR01 action and UM01 category in a 278', () => {
    const text = fixture('278/oopfactory__Example_3_1_2_Response.txt')
      .replace('HCR*A1*AUTH0001', 'HCR*A5*AUTH0001')
      .replace('UM*SC*I', 'UM*XX*I');
    expect(errorsOf(text).map((p) => [p.code, p.element])).toEqual([
      ['UNKNOWN_CODE', 'UM01'],
      ['UNKNOWN_CODE', 'HCR01'],
    ]);
  });

  it('rejects an unknown CLP02 status and CAS01 group in an 835', () => {
    const text = fixture('835/linuxforhealth__medicare-part-a.835')
      .replace('CLP*666123*1*', 'CLP*666123*9*')
      .replace('CAS*CO*45*73348.57', 'CAS*OI*45*73348.57');
    expect(errorsOf(text).map((p) => [p.code, p.element, p.segmentIndex])).toEqual([
      ['UNKNOWN_CODE', 'CLP02', 15],
      ['UNKNOWN_CODE', 'CAS01', 16],
    ]);
  });
});
