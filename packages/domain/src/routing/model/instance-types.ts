/**
 * The routing instance: what a branch's day looks like to the optimizer. This is also the JSON
 * instance format read by `npm run solve` (see ../README.md for a worked example).
 *
 * Units: every time (shift bounds, windows, durations, travel times) is a number in one unit of
 * the caller's choosing — minutes from midnight for our home-care days, the instance's own unit
 * for Solomon files. Distances are in the unit the matrix provider returns (km for great-circle).
 */
export interface RoutingInstance {
  name?: string;
  /** Where nurses, drivers, the branch, the pharmacy and patients are. */
  locations: InstanceLocation[];
  /** How travel times and distances between locations are obtained. Default: great-circle. */
  travel?: TravelSpec;
  vehicles: InstanceVehicle[];
  visits: InstanceVisit[];
  links?: InstanceLink[];
  /** Hard or soft handling of skills, licences, languages and continuity, with their penalties. */
  rules?: Partial<MatchingRules>;
  objective?: Partial<ObjectiveSpec>;
  /** Names of the capacity dimensions (e.g. ["totes", "cooler"]); defaults to one unnamed. */
  capacityDimensions?: string[];
}

/** A place: latitude/longitude (degrees) for great-circle travel, or plain x/y for Euclidean. */
export interface InstanceLocation {
  id: string;
  lat?: number;
  lon?: number;
  x?: number;
  y?: number;
}

export type TravelSpec =
  | { kind: 'euclidean'; speed?: number }
  | { kind: 'great-circle'; roadFactor?: number; speedKmh?: number }
  | {
      kind: 'matrix';
      /** Location ids in the order of the matrix rows and columns. */
      locations: string[];
      /** Travel times; null where no route exists (OSRM table `durations` convention). */
      durations: (number | null)[][];
      /** Distances; when absent the durations are used as the distance too. */
      distances?: (number | null)[][];
    };

export interface TimeSpan {
  start: number;
  end: number;
}

export interface InstanceVehicle {
  id: string;
  /** 'nurse' visits patients; 'driver' delivers medicines and supplies. Informational. */
  role?: 'nurse' | 'driver';
  /** Location id where the shift starts (home or branch). */
  start: string;
  /** Location id where the shift ends; defaults to the start. */
  end?: string;
  shift: TimeSpan;
  /** Longest time from leaving the start to arriving at the end, waiting included. */
  maxWorkingTime?: number;
  /** A required break of `duration`, taken entirely inside `window`, between two stops. */
  break?: { duration: number; window: TimeSpan };
  /** Per capacity dimension; unlimited when absent. */
  capacity?: number[];
  skills?: string[];
  /** States (e.g. "CA") the caregiver is licensed in. */
  licences?: string[];
  languages?: string[];
  /** Cost of using this vehicle at all, on top of the route-count level of the objective. */
  fixedCost?: number;
  /** Number of identical copies (Solomon fleets); ids become `${id}#${k}` when above 1. */
  count?: number;
}

export interface InstanceVisit {
  id: string;
  location: string;
  /** Service duration at the home. */
  duration: number;
  /**
   * When the whole visit must take place: it starts at or after `start` and ends at or before
   * `end`. Several windows are allowed (any one of them). Omitted: any time within the shift.
   */
  windows?: TimeSpan[];
  /** A fixed appointment: the visit must start exactly at this time. */
  appointment?: number;
  /** A soft due time: starting later is allowed but costs `objective.tardinessWeight` per unit. */
  dueBy?: number;
  /** Per capacity dimension (deliveries): what the vehicle carries from its start. */
  demand?: number[];
  /** Skills the caregiver must have (hard or soft per rules.skills). */
  skills?: string[];
  /** Patient's state: the caregiver must be licensed there (hard or soft per rules.licence). */
  state?: string;
  /** Patient's preferred language (hard or soft per rules.language). */
  language?: string;
  /** Caregivers the patient already knows (continuity of care, soft). */
  preferredVehicles?: string[];
  /** Only these vehicles may do the visit (e.g. drivers for deliveries). */
  allowedVehicles?: string[];
  /** Higher is more important; when not every visit fits, the lowest priorities are left out. */
  priority?: number;
  /** Refrigerated item: longest time from leaving the vehicle's start (the pharmacy) to arriving. */
  maxTimeFromStart?: number;
}

/**
 * Two visits tied in time. `precedence`: `second` starts between minGap and maxGap after `first`
 * starts (a delivery before the nurse). `synchronized`: both start at the same time (two
 * caregivers together). Linked visits are always done by two different vehicles.
 */
export interface InstanceLink {
  kind: 'precedence' | 'synchronized';
  first: string;
  second: string;
  minGap?: number;
  maxGap?: number;
}

export type RuleMode = 'hard' | 'soft' | 'ignore';

export interface MatchingRule {
  mode: RuleMode;
  /** Cost per mismatching visit when soft, in the same unit as travel cost. */
  penalty: number;
}

export interface MatchingRules {
  skills: MatchingRule;
  licence: MatchingRule;
  language: MatchingRule;
  /** Penalty when a visit goes to someone outside its preferredVehicles. */
  continuity: MatchingRule;
}

export interface ObjectiveSpec {
  /** Travel cost: distance, travel time, or both (weights per unit). */
  distanceWeight: number;
  travelTimeWeight: number;
  /** Cost per unit of working time (shift duration incl. waiting), 0 by default. */
  workingTimeWeight: number;
  /** Lexicographic second level: fewer routes before less travel. */
  minimizeRoutes: boolean;
  /** Cost per unit of tardiness against `dueBy`, and per unit of the largest tardiness. */
  tardinessWeight: number;
  maxTardinessWeight: number;
  /** Cost of leaving a visit of priority 1 unassigned; scaled by the priority. */
  unassignedPenalty: number;
}
