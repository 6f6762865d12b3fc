import { Rng } from '../engine/rng.ts';
import type {
  InstanceLink,
  InstanceLocation,
  InstanceVehicle,
  InstanceVisit,
  RoutingInstance,
} from '../model/instance-types.ts';

export interface HomeCareDayOptions {
  seed: number;
  nurses: number;
  visits: number;
  /** Visits needing two caregivers at once (nurse in training, difficult access). */
  twoNurseVisits: number;
  /** Refrigerated deliveries by drivers, each before a nurse visit (precedence link). */
  deliveries: number;
  drivers: number;
}

export const DEFAULT_HOME_CARE_DAY: HomeCareDayOptions = {
  seed: 2024,
  nurses: 60,
  visits: 400,
  twoNurseVisits: 0,
  deliveries: 0,
  drivers: 0,
};

/**
 * Therapy mix and workforce shares of the generated day. Invented for the benchmark (DOMAIN.md
 * mark: ❌ unverified placeholder, configurable): plausible for a suburban home infusion branch,
 * not taken from any provider's data.
 */
const MIX = {
  pharmacy: { lat: 34.0522, lon: -118.2437 },
  /** Service area radius (km) around the branch; patients east of BORDER_LON are in NV. */
  radiusKm: 20,
  borderLon: -118.02,
  skills: [
    { skill: 'PICC', visitShare: 0.25, nurseShare: 0.6 },
    { skill: 'pediatrics', visitShare: 0.08, nurseShare: 0.25 },
    { skill: 'chemotherapy', visitShare: 0.1, nurseShare: 0.3 },
    { skill: 'IVIG', visitShare: 0.12, nurseShare: 0.45 },
  ],
  languages: [
    { language: 'es', patientShare: 0.25, nurseShare: 0.35 },
    { language: 'zh', patientShare: 0.08, nurseShare: 0.12 },
    { language: 'vi', patientShare: 0.03, nurseShare: 0.05 },
  ],
  nevadaLicenceShare: 0.3,
  continuityShare: 0.5,
} as const;

/**
 * A realistic-looking day for one branch: nurses starting from home with shifts, a 30-minute
 * lunch break, skills (PICC care, pediatrics, chemotherapy, IVIG), state licences and languages;
 * patients with morning, afternoon or two-hour windows or a fixed appointment, priorities, a usual
 * nurse for half of them. Times in minutes from midnight; travel great-circle × 1.3 at 40 km/h.
 */
export function generateHomeCareDay(partial: Partial<HomeCareDayOptions> = {}): RoutingInstance {
  const options = { ...DEFAULT_HOME_CARE_DAY, ...partial };
  const rng = new Rng(options.seed);
  const locations: InstanceLocation[] = [];
  const place = (id: string, radiusKm: number): string => {
    const r = radiusKm * Math.sqrt(rng.nextFloat());
    const angle = 2 * Math.PI * rng.nextFloat();
    const lat = MIX.pharmacy.lat + (r * Math.cos(angle)) / 111.2;
    const lon =
      MIX.pharmacy.lon +
      (r * Math.sin(angle)) / (111.2 * Math.cos((MIX.pharmacy.lat * Math.PI) / 180));
    locations.push({ id, lat: round(lat, 5), lon: round(lon, 5) });
    return id;
  };
  locations.push({ id: 'pharmacy', lat: MIX.pharmacy.lat, lon: MIX.pharmacy.lon });
  const stateOf = (id: string): string =>
    (locations.find((l) => l.id === id)?.lon ?? 0) > MIX.borderLon ? 'NV' : 'CA';

  const vehicles: InstanceVehicle[] = [];
  const shifts: [number, number][] = [
    [7 * 60, 15 * 60 + 30],
    [8 * 60, 16 * 60 + 30],
    [8 * 60, 17 * 60],
    [9 * 60, 17 * 60 + 30],
  ];
  for (let k = 0; k < options.nurses; k++) {
    const id = `nurse-${pad(k + 1)}`;
    const home = place(`home-${pad(k + 1)}`, MIX.radiusKm * 0.9);
    const shift = shifts[rng.nextInt(shifts.length)] ?? [480, 1020];
    const skills = MIX.skills.filter((s) => rng.nextFloat() < s.nurseShare).map((s) => s.skill);
    const languages = [
      'en',
      ...MIX.languages.filter((l) => rng.nextFloat() < l.nurseShare).map((l) => l.language),
    ];
    vehicles.push({
      id,
      role: 'nurse',
      start: home,
      shift: { start: shift[0], end: shift[1] },
      maxWorkingTime: 9 * 60,
      break: { duration: 30, window: { start: 11 * 60 + 30, end: 14 * 60 } },
      skills,
      licences: rng.nextFloat() < MIX.nevadaLicenceShare ? ['CA', 'NV'] : ['CA'],
      languages,
    });
  }
  for (let k = 0; k < options.drivers; k++)
    vehicles.push({
      id: `driver-${pad(k + 1)}`,
      role: 'driver',
      start: 'pharmacy',
      shift: { start: 6 * 60, end: 14 * 60 },
      capacity: [12],
    });

  const nurseIds = vehicles.filter((v) => v.role === 'nurse').map((v) => v.id);
  const visits: InstanceVisit[] = [];
  const links: InstanceLink[] = [];
  for (let k = 0; k < options.visits; k++) {
    const id = `visit-${pad(k + 1, 3)}`;
    const location = place(`patient-${pad(k + 1, 3)}`, MIX.radiusKm);
    const skills = MIX.skills
      .filter((s) => rng.nextFloat() < s.visitShare)
      .map((s) => s.skill)
      .slice(0, 1);
    const duration = skills.includes('IVIG') ? 90 : 30 + 15 * rng.nextInt(4);
    const kind = rng.nextFloat();
    const visit: InstanceVisit = { id, location, duration, state: stateOf(location), skills };
    if (kind < 0.4) visit.windows = [{ start: 8 * 60, end: 12 * 60 + 30 }];
    else if (kind < 0.75) visit.windows = [{ start: 12 * 60, end: 17 * 60 }];
    else if (kind < 0.9) {
      const from = 8 * 60 + 30 * rng.nextInt(15);
      visit.windows = [{ start: from, end: from + 120 + duration }];
    } else if (kind < 0.95)
      visit.windows = [
        { start: 8 * 60, end: 10 * 60 + duration },
        { start: 15 * 60, end: 17 * 60 },
      ];
    else visit.appointment = 9 * 60 + 30 * rng.nextInt(14);
    const language = MIX.languages.find((l) => rng.nextFloat() < l.patientShare)?.language;
    if (language !== undefined) visit.language = language;
    if (rng.nextFloat() < MIX.continuityShare) {
      const known = nurseIds[rng.nextInt(nurseIds.length)];
      if (known !== undefined) visit.preferredVehicles = [known];
    }
    const p = rng.nextFloat();
    visit.priority = skills.includes('chemotherapy') || p < 0.05 ? 3 : p < 0.3 ? 2 : 1;
    visits.push(visit);
  }
  for (let k = 0; k < Math.min(options.twoNurseVisits, visits.length); k++) {
    const main = visits[k * 7];
    if (main === undefined) break;
    const second: InstanceVisit = {
      id: `${main.id}-second`,
      location: main.location,
      duration: main.duration,
      ...(main.windows === undefined ? {} : { windows: main.windows }),
      ...(main.appointment === undefined ? {} : { appointment: main.appointment }),
      state: main.state ?? 'CA',
      priority: main.priority ?? 1,
    };
    visits.push(second);
    links.push({ kind: 'synchronized', first: main.id, second: second.id });
  }
  for (let k = 0; k < Math.min(options.deliveries, visits.length); k++) {
    const target = visits[k * 5 + 3];
    if (target === undefined) break;
    const delivery: InstanceVisit = {
      id: `delivery-${pad(k + 1, 3)}`,
      location: target.location,
      duration: 10,
      demand: [1],
      allowedVehicles: vehicles.filter((v) => v.role === 'driver').map((v) => v.id),
      maxTimeFromStart: 180,
      priority: target.priority ?? 1,
    };
    visits.push(delivery);
    links.push({
      kind: 'precedence',
      first: delivery.id,
      second: target.id,
      minGap: 30,
      maxGap: 8 * 60,
    });
  }
  return {
    name: `home-care-day-${options.nurses}x${options.visits}-seed${options.seed}`,
    locations,
    travel: { kind: 'great-circle', roadFactor: 1.3, speedKmh: 40 },
    vehicles,
    visits,
    ...(links.length > 0 ? { links } : {}),
    rules: {
      skills: { mode: 'hard', penalty: 0 },
      licence: { mode: 'hard', penalty: 0 },
      language: { mode: 'soft', penalty: 30 },
      continuity: { mode: 'soft', penalty: 20 },
    },
    objective: {
      distanceWeight: 0,
      travelTimeWeight: 1,
      workingTimeWeight: 0,
      minimizeRoutes: false,
      tardinessWeight: 0,
      maxTardinessWeight: 0,
      unassignedPenalty: 1e5,
    },
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
