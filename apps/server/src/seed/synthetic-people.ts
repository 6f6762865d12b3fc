// Deterministic synthetic patients for the demo and for scale tests: plausible names (including
// Chinese-speaking families, since the portal is bilingual), addresses around a branch, phones.
// No real person's data. Pure: the same seed gives the same people.

export interface SyntheticPatient {
  mrn: string;
  givenName: string;
  middleName: string | null;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male';
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  phoneMobile: string;
  email: string | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  weightKg: number;
  heightCm: number;
}

/** Mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FEMALE = [
  'Mary',
  'Patricia',
  'Linda',
  'Barbara',
  'Elizabeth',
  'Maria',
  'Susan',
  'Dorothy',
  'Rosa',
  'Grace',
  'Aisha',
  'Hannah',
  'Sofia',
  'Olivia',
  'Ruth',
  'Carmen',
  'Joan',
  'Emma',
];
const MALE = [
  'James',
  'Robert',
  'John',
  'Michael',
  'William',
  'David',
  'Richard',
  'Joseph',
  'Thomas',
  'Daniel',
  'Luis',
  'Ahmed',
  'Samuel',
  'George',
  'Walter',
  'Henry',
  'Carlos',
  'Frank',
];
const FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Okafor',
  'Nguyen',
  'Patel',
  'Kowalski',
  'Novak',
  'Murphy',
  'Rivera',
  'Cooper',
  'Reed',
  'Bailey',
];
const CHINESE_FAMILY = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
];
const CHINESE_GIVEN_F = ['Mei', 'Xiu Ying', 'Li Na', 'Jing', 'Hui', 'Yan'];
const CHINESE_GIVEN_M = ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Tao'];
const STREETS = [
  'Oak',
  'Maple',
  'Cedar',
  'Elm',
  'Lake',
  'Hill',
  'Washington',
  'Lincoln',
  'Park',
  'Clark',
  'Halsted',
  'Western',
  'Devon',
  'Foster',
  'Lawrence',
  'Ridge',
];
const SUFFIX = ['St', 'Ave', 'Blvd', 'Rd', 'Ct', 'Ln'];
const CITIES: readonly [string, string, string][] = [
  ['Chicago', 'IL', '606'],
  ['Evanston', 'IL', '602'],
  ['Skokie', 'IL', '600'],
  ['Oak Park', 'IL', '603'],
  ['Des Plaines', 'IL', '600'],
  ['Gary', 'IN', '464'],
  ['Hammond', 'IN', '463'],
];

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The index-th synthetic patient of a population: any index can be generated independently. */
export function syntheticPatient(seed: number, index: number, mrnPrefix = 'MRN'): SyntheticPatient {
  const random = seededRandom(seed * 1_000_003 + index * 7919);
  const sex = random() < 0.52 ? 'female' : 'male';
  const chinese = random() < 0.12;
  const givenName = chinese
    ? pick(random, sex === 'female' ? CHINESE_GIVEN_F : CHINESE_GIVEN_M)
    : pick(random, sex === 'female' ? FEMALE : MALE);
  const familyName = chinese ? pick(random, CHINESE_FAMILY) : pick(random, FAMILY);
  const [city, state, zip3] = pick(random, CITIES);
  const year = 1935 + Math.floor(random() * 80);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const spanish = !chinese && random() < 0.1;
  const preferredLanguage = chinese ? (random() < 0.8 ? 'zh-Hans' : 'en') : spanish ? 'es' : 'en';
  const heightCm = Math.round(sex === 'female' ? 150 + random() * 25 : 162 + random() * 28);
  return {
    mrn: `${mrnPrefix}${pad(index + 1, 7)}`,
    givenName,
    middleName: random() < 0.3 ? pick(random, sex === 'female' ? FEMALE : MALE).slice(0, 1) : null,
    familyName,
    birthDate: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
    sex,
    addressLine1: `${100 + Math.floor(random() * 9800)} ${pick(random, STREETS)} ${pick(random, SUFFIX)}`,
    city,
    state,
    postalCode: `${zip3}${pad(Math.floor(random() * 100), 2)}`,
    phoneMobile: `(${pick(random, ['312', '773', '847', '708', '219'])}) 555-${pad(Math.floor(random() * 10000), 4)}`,
    email:
      random() < 0.6
        ? `${givenName.toLowerCase().replace(/\s/g, '')}.${familyName.toLowerCase()}${index}@example.com`
        : null,
    preferredLanguage,
    interpreterNeeded: preferredLanguage !== 'en' && random() < 0.5,
    weightKg: Math.round((heightCm - 100) * (0.8 + random() * 0.6) * 10) / 10,
    heightCm,
  };
}
