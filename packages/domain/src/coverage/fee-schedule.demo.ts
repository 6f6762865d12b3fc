import type { FeeSchedule, FeeScheduleRate } from './fee-schedule.ts';

/**
 * DEMO ONLY — made-up allowed amounts in cents per billed unit, for the demo organisation and
 * tests. They are not real contract rates, not Medicare fee schedule amounts and not ASP prices
 * (except that Q2052 uses the 2024 rate DOMAIN.md reports, $420.48 ⚠️). Self-pay prices are the
 * allowed amount plus 15%, rounded up to whole dollars (a demo policy ❌).
 */
// prettier-ignore
const ALLOWED_CENTS: Readonly<Record<string, number>> = {
  // Anti-infectives (per billing unit of the code)
  J0696: 60, J0690: 120, J3370: 450, J1335: 3500, J0878: 25, J0692: 300, J0713: 400,
  J2185: 90, J2543: 450, J0290: 150, J0295: 350, J2700: 120, J2540: 300, J1580: 150,
  J3260: 300, J1956: 200, J2020: 1500, J3243: 150, J0875: 4000, J2248: 80, J0637: 1500,
  J1450: 300, J0133: 15, J1455: 2500, J1570: 4500, J0285: 2000, J0287: 1500, J0288: 1400,
  J0289: 2200,
  // Immune globulins (IVIG per 500 mg, SCIG per 100 mg)
  J1599: 4200, J1459: 4500, J1561: 4400, J1569: 4400, J1566: 4000, J1568: 4300, J1572: 4300,
  J1556: 4100, J1557: 4200, J1576: 4300, J1554: 4600, J1559: 1000, J1555: 950, J1575: 1100,
  J1558: 980, J1551: 990,
  // LCD pump drugs
  J9190: 250, J9200: 7000, J9100: 200, J9065: 3000, J9040: 2500, J9000: 400, J9370: 500,
  J9360: 300, J2270: 200, J1170: 150, J3010: 100, J2278: 1500, J1250: 1000, J1265: 300,
  J2260: 200, J1325: 2500, J3285: 12000, J0895: 1500, J1457: 100,
  // Other drugs
  B4185: 1200, J7030: 300, J7120: 300, J1745: 8500, J3380: 2400, J2350: 6000, J2323: 2600,
  J3262: 450, J7192: 110, J7190: 100, J0256: 550, J1786: 5000, J2930: 300, J1940: 100,
  J2405: 10, J1650: 100, J2175: 200, Q2050: 15000,
  // Pumps (per month of rental)
  E0779: 25000, E0780: 20000, E0781: 30000, E0791: 40000, K0455: 45000, E0784: 50000,
  E0776: 1500, B9004: 35000, B9006: 30000,
  // Supplies
  A4221: 2500, A4222: 4500, K0552: 1200, A4223: 3500, B4224: 1000, B4216: 1500,
  // Parenteral nutrition solutions (per day)
  B4189: 18000, B4193: 22000, B4197: 26000, B4199: 30000,
  // HIT professional services (per visit day) and IVIG items and services (per visit)
  G0068: 17000, G0069: 23000, G0070: 30000, G0088: 24000, G0089: 32000, G0090: 40000,
  Q2052: 42048,
  // Nursing
  '99601': 15000, '99602': 7500,
  // Per diem S-codes (per day)
  S9325: 9000, S9326: 12000, S9327: 10000, S9328: 9000, S9329: 12000, S9330: 15000,
  S9331: 12000, S9338: 15000, S9345: 10000, S9346: 10000, S9347: 18000, S9348: 14000,
  S9355: 10000, S9357: 12000, S9359: 11000, S9361: 8000, S9363: 8000, S9364: 15000,
  S9365: 14000, S9366: 16000, S9367: 18000, S9368: 20000, S9370: 6000, S9372: 6000,
  S9373: 6000, S9374: 5000, S9375: 6000, S9376: 7000, S9377: 8000, S9379: 8000, S9490: 7000,
  S9494: 9000, S9497: 16000, S9500: 8000, S9501: 9500, S9502: 11000, S9503: 12500,
  S9504: 14000, S9537: 5000, S9542: 6000, S9558: 6000, S9559: 6000, S9560: 6000, S9562: 6000,
  S9590: 5000, S5035: 5000, S5036: 7500,
};

const SELF_PAY_MARKUP_PERCENT = 115;

function withSelfPay(allowedCents: number): FeeScheduleRate {
  const marked = Math.ceil((allowedCents * SELF_PAY_MARKUP_PERCENT) / 100 / 100) * 100;
  return { allowedCents, selfPayCents: marked };
}

export const DEMO_FEE_SCHEDULE: FeeSchedule = {
  id: 'demo-2025',
  name: 'Demo fee schedule 2025 (made-up rates, not a real contract)',
  isDemo: true,
  effectiveFrom: '2025-01-01',
  rates: Object.fromEntries(
    Object.entries(ALLOWED_CENTS).map(([code, cents]) => [code, withSelfPay(cents)]),
  ),
};
