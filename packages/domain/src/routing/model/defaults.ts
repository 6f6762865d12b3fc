import type { MatchingRules, ObjectiveSpec } from './instance-types.ts';

/**
 * Default matching rules. Configurable (DOMAIN.md mark: configurable): each branch sets its own
 * policy; these are starting values chosen by us, not rules of the trade. Penalties are in the
 * objective's travel-cost unit (minutes of driving with the default objective).
 */
export const DEFAULT_RULES: MatchingRules = {
  // A nurse without the skill (PICC care, pediatrics, chemotherapy, IVIG) must not be sent.
  skills: { mode: 'hard', penalty: 0 },
  // Nurses practise only where licensed (or under a compact licence, expressed as licences).
  licence: { mode: 'hard', penalty: 0 },
  // Speaking the patient's language is preferred: worth up to 30 minutes of driving.
  language: { mode: 'soft', penalty: 30 },
  // Keeping the nurse the patient knows is preferred: worth up to 20 minutes of driving.
  continuity: { mode: 'soft', penalty: 20 },
};

/**
 * Default objective, lexicographic: unassigned visits (priority-weighted) first, then the number
 * of routes, then travel time plus soft-preference penalties.
 */
export const DEFAULT_OBJECTIVE: ObjectiveSpec = {
  distanceWeight: 0,
  travelTimeWeight: 1,
  workingTimeWeight: 0,
  minimizeRoutes: true,
  tardinessWeight: 1,
  maxTardinessWeight: 0,
  unassignedPenalty: 1e6,
};

/** Related jobs kept per job for the granular neighbourhoods. */
export const NEIGHBOUR_COUNT = 30;
