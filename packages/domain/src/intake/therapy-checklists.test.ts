import { describe, expect, it } from 'vitest';
import { completeReferral } from './referral-draft.fixtures.ts';
import { DEFAULT_RECENT_LAB_DAYS, checkReferral } from './therapy-checklists.ts';

const context = { receivedOn: '2026-11-22', recentLabDays: DEFAULT_RECENT_LAB_DAYS };
const missingIds = (draft: Parameters<typeof checkReferral>[0]) =>
  checkReferral(draft, context).missing.map((m) => m.id);

describe('the referral checklist at the door', () => {
  it('accepts a complete antibiotic referral', () => {
    expect(checkReferral(completeReferral('anti-infective'), context).complete).toBe(true);
  });

  it('asks an IVIG referral for the immune-deficiency diagnosis and the weight', () => {
    const base = completeReferral('ivig');
    const draft = {
      ...base,
      patient: { ...base.patient, weightKg: undefined },
      diagnoses: [{ code: 'G61.81', isPrimary: true }],
    };
    expect(missingIds(draft)).toEqual(['immune-deficiency-diagnosis', 'weight']);
    expect(missingIds({ ...base, diagnoses: [{ code: 'D80.1', isPrimary: true }] })).toEqual([]);
  });

  it('asks an antibiotic referral for the culture or indication, the line type and recent renal labs', () => {
    const base = completeReferral('anti-infective');
    const draft = {
      ...base,
      prescription: { ...base.prescription, accessDevice: undefined },
      clinical: { labs: [{ name: 'serum creatinine', value: '1.0', date: '2026-11-01' }] },
    };
    expect(missingIds(draft)).toEqual([
      'access-device',
      'culture-or-indication',
      'recent-renal-labs',
    ]);
  });

  it('counts a creatinine drawn within the configured window as recent, and not one before it', () => {
    const base = completeReferral('anti-infective');
    const withLab = (date: string) => ({
      ...base,
      clinical: { ...base.clinical, labs: [{ name: 'BMP', value: 'normal', date }] },
    });
    expect(missingIds(withLab('2026-11-15'))).toEqual([]);
    expect(missingIds(withLab('2026-11-14'))).toEqual(['recent-renal-labs']);
  });

  it('asks a chemotherapy referral for the regimen and the pump', () => {
    const base = completeReferral('chemotherapy', {
      diagnoses: [{ code: 'C18.7', isPrimary: true }],
    });
    expect(missingIds({ ...base, clinical: { tipPlacementConfirmed: true } })).toEqual([
      'chemotherapy-regimen',
      'pump-ordered',
    ]);
  });

  it('asks for PICC tip confirmation whatever the therapy', () => {
    const base = completeReferral('anti-infective');
    expect(
      missingIds({ ...base, clinical: { ...base.clinical, tipPlacementConfirmed: false } }),
    ).toEqual(['picc-tip-confirmed']);
  });

  it('says who must supply each missing item, and rejects a mistyped NPI', () => {
    const base = completeReferral();
    const result = checkReferral(
      { ...base, prescriber: { ...base.prescriber, npi: '1234567890' } },
      context,
    );
    expect(result.missing).toEqual([
      {
        id: 'prescriber',
        description: 'Prescriber with a valid NPI and a phone or fax number',
        owner: 'referral-source',
      },
    ]);
  });
});
