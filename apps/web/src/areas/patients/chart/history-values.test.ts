import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../i18n/catalogues.ts';
import { formatHistoryValue } from './history-values.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: {
      en: { translation: CATALOGUES.en },
      'zh-CN': { translation: CATALOGUES['zh-CN'] },
    },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const show = (language: string, entity: string, field: string | null, value: string | null) =>
  formatHistoryValue(i18n.getFixedT(language), language, { entity, field }, value);

describe('history values', () => {
  it('names a caregiver’s permissions and relationship in the reader’s language', () => {
    expect(show('en', 'caregiver', 'permissions', 'message, view-schedule')).toBe(
      'Sends messages, Sees the schedule',
    );
    expect(show('zh-CN', 'caregiver', 'relationship', 'son')).toBe('儿子');
  });

  it('reads a status by the entity it belongs to', () => {
    expect(show('en', 'allergy', 'status', 'entered-in-error')).toBe('Entered in error');
    expect(show('en', 'medication', 'status', 'stopped')).toBe('Stopped');
  });

  it('says yes or no for flags and shows a missing value as a dash', () => {
    expect(show('en', 'patient', 'interpreterNeeded', 'true')).toBe('Yes');
    expect(show('en', 'patient', 'phoneMobile', null)).toBe('—');
  });

  it('keeps values it has no words for as stored', () => {
    expect(show('en', 'patient', 'phoneMobile', '(312) 555-0177')).toBe('(312) 555-0177');
    expect(show('en', 'caregiver', 'relationship', 'cousin-twice-removed')).toBe(
      'cousin-twice-removed',
    );
  });
});
