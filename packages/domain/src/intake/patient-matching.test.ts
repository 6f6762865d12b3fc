import { describe, expect, it } from 'vitest';
import { jaroWinkler, matchPatient, normalizePersonName } from './patient-matching.ts';

const existing = {
  givenName: 'Katherine',
  familyName: 'Johnson',
  birthDate: '1950-03-02',
  memberIds: ['XOF-123 456'],
};

describe('duplicate patient detection', () => {
  it('computes the textbook Jaro-Winkler values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('', 'x')).toBe(0);
  });

  it('matches a typo in the name with the same birth date', () => {
    expect(
      matchPatient(
        { givenName: 'Katherin', familyName: 'Jonhson', birthDate: '1950-03-02', memberIds: [] },
        existing,
      )?.reasons,
    ).toEqual(['name-and-birth-date']);
  });

  it('does not match the same name with another birth date', () => {
    expect(
      matchPatient(
        { givenName: 'Katherine', familyName: 'Johnson', birthDate: '1950-03-03', memberIds: [] },
        existing,
      ),
    ).toBeUndefined();
  });

  it('matches on the member id whatever the spacing, even with a different name', () => {
    expect(
      matchPatient(
        {
          givenName: 'Kate',
          familyName: 'Smith',
          birthDate: '1990-01-01',
          memberIds: ['XOF123456'],
        },
        existing,
      )?.reasons,
    ).toEqual(['member-id']);
  });

  it('normalises accents and punctuation', () => {
    expect(normalizePersonName(" O'Brien-Núñez ")).toBe('obrien nunez');
  });
});
