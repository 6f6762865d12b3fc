/**
 * Name material for the generated demo directory. Carriers, TPAs and managed-care plans are
 * fictional; Medicare contractor jurisdictions, TRICARE regions and VA Community Care regions are
 * the public program structures (no contractor names, no real payer ids).
 */

/** [USPS code, state name, regional word used in plan names, area code for fictional numbers]. */
// prettier-ignore
export const STATES: readonly (readonly [string, string, string, string])[] = [
  ['AL', 'Alabama', 'Gulf South', '205'], ['AK', 'Alaska', 'Northern Lights', '907'],
  ['AZ', 'Arizona', 'Sonoran', '602'], ['AR', 'Arkansas', 'Ozark', '501'],
  ['CA', 'California', 'Golden Coast', '916'], ['CO', 'Colorado', 'Front Range', '303'],
  ['CT', 'Connecticut', 'Nutmeg', '860'], ['DE', 'Delaware', 'First State', '302'],
  ['DC', 'District of Columbia', 'Capital Area', '202'], ['FL', 'Florida', 'Sunshine', '850'],
  ['GA', 'Georgia', 'Piedmont', '404'], ['HI', 'Hawaii', 'Island', '808'],
  ['ID', 'Idaho', 'Snake River', '208'], ['IL', 'Illinois', 'Prairie State', '217'],
  ['IN', 'Indiana', 'Crossroads', '317'], ['IA', 'Iowa', 'Hawkeye', '515'],
  ['KS', 'Kansas', 'Sunflower', '785'], ['KY', 'Kentucky', 'Bluegrass', '502'],
  ['LA', 'Louisiana', 'Bayou', '225'], ['ME', 'Maine', 'Pine Tree', '207'],
  ['MD', 'Maryland', 'Chesapeake', '410'], ['MA', 'Massachusetts', 'Bay State', '617'],
  ['MI', 'Michigan', 'Great Lakes', '517'], ['MN', 'Minnesota', 'North Star', '651'],
  ['MS', 'Mississippi', 'Magnolia', '601'], ['MO', 'Missouri', 'Gateway', '573'],
  ['MT', 'Montana', 'Big Sky', '406'], ['NE', 'Nebraska', 'Cornhusker', '402'],
  ['NV', 'Nevada', 'Silver State', '775'], ['NH', 'New Hampshire', 'Granite State', '603'],
  ['NJ', 'New Jersey', 'Garden State', '609'], ['NM', 'New Mexico', 'Enchanted Mesa', '505'],
  ['NY', 'New York', 'Empire', '518'], ['NC', 'North Carolina', 'Tar Heel', '919'],
  ['ND', 'North Dakota', 'Red River', '701'], ['OH', 'Ohio', 'Buckeye', '614'],
  ['OK', 'Oklahoma', 'Red Earth', '405'], ['OR', 'Oregon', 'Cascade', '503'],
  ['PA', 'Pennsylvania', 'Keystone', '717'], ['RI', 'Rhode Island', 'Ocean State', '401'],
  ['SC', 'South Carolina', 'Palmetto Coast', '803'], ['SD', 'South Dakota', 'Black Hills', '605'],
  ['TN', 'Tennessee', 'Volunteer', '615'], ['TX', 'Texas', 'Lone Star', '512'],
  ['UT', 'Utah', 'Beehive', '801'], ['VT', 'Vermont', 'Green Mountain', '802'],
  ['VA', 'Virginia', 'Tidewater', '804'], ['WA', 'Washington', 'Evergreen', '360'],
  ['WV', 'West Virginia', 'Mountain State', '304'], ['WI', 'Wisconsin', 'Badger', '608'],
  ['WY', 'Wyoming', 'High Plains', '307'],
];

/** Fictional national carriers. */
export const NATIONAL_CARRIERS: readonly string[] = [
  'Allied National Health',
  'Continental Health Partners',
  'Keystone Mutual Health',
  'Pinnacle Health Insurance',
  'Summit Care Network',
  'Liberty Health Group',
  'Harbor National Health',
  'Meridian Health Plans',
];

export const COMMERCIAL_PRODUCTS: readonly string[] = [
  'PPO',
  'HMO',
  'EPO',
  'POS',
  'HDHP with HSA',
  'Choice Plus',
];

/** The fictional "Blue" plan family, one company per state. */
export const BLUE_BRAND = 'BluePoint Health';
export const BLUE_PRODUCTS: readonly [string, 'commercial' | 'medicare-advantage'][] = [
  ['PPO', 'commercial'],
  ['HMO', 'commercial'],
  ['Individual Exchange Silver', 'commercial'],
  ['Medicare Advantage PPO', 'medicare-advantage'],
];

export const REGIONAL_SUFFIXES: readonly string[] = [
  'Health Plan',
  'Community Health',
  'HealthCare',
  'Care Alliance',
  'Health Partners',
];

export const MEDICARE_ADVANTAGE_PRODUCTS: readonly string[] = [
  'Medicare Advantage HMO',
  'Medicare Advantage PPO',
  'Dual Special Needs Plan (D-SNP)',
];

export const MANAGED_MEDICAID_SUFFIXES: readonly string[] = [
  'Community Plan',
  'Medicaid Managed Care',
  'Family Health Plan',
  'Kids and Families Plan',
];

export const DME_MAC_JURISDICTIONS: readonly string[] = ['A', 'B', 'C', 'D'];
export const AB_MAC_JURISDICTIONS: readonly string[] = [
  'J5',
  'J6',
  'J8',
  'J15',
  'JE',
  'JF',
  'JH',
  'JJ',
  'JK',
  'JL',
  'JM',
  'JN',
];

export const TRICARE_PLANS: readonly string[] = [
  'TRICARE East Region',
  'TRICARE West Region',
  'TRICARE For Life',
  'TRICARE Overseas',
];

export const VA_COMMUNITY_CARE_REGIONS: readonly string[] = ['1', '2', '3', '4', '5'];

/** Fictional third-party administrators of employer self-funded plans. */
export const TPA_NAMES: readonly string[] = [
  'Anchor Benefit Administrators',
  'Beacon Plan Services',
  'Cardinal Health Benefits TPA',
  'Delta Point Administrators',
  'Evergreen Benefit Services',
  'Fairway Plan Administration',
  'Granite Benefit Partners',
  'Horizon Line TPA',
  'Ironwood Benefits',
  'Juniper Plan Services',
  'Kestrel Benefit Group',
  'Lakeshore Administrators',
  'Maple Leaf Benefits',
  'Northwind Plan Services',
  'Oakridge Benefit Administrators',
  'Prairie Benefit Solutions',
  'Quarry Hill TPA',
  'Riverbend Benefits',
  'Sterling Plan Administrators',
  'Trailhead Benefit Services',
];

/** Fictional employers whose self-funded plans the TPAs run. */
export const EMPLOYERS: readonly string[] = [
  'Acme Manufacturing',
  'Brightline Logistics',
  'Cobalt Software',
  'Dunmore School District',
];

export const WORKERS_COMP_CARRIERS: readonly string[] = [
  'Assurance Workers Compensation Mutual',
  'Bulwark Casualty',
  'Centurion Employers Insurance',
  'Dependable Comp Insurance',
  'Everstead Casualty Company',
  'Foundry Mutual Insurance',
  'Guardrail Workers Comp',
  'Hardhat Mutual',
  'Ironbridge Casualty',
  'Journeyman Insurance Company',
];
