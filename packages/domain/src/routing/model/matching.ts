import type { InstanceVehicle, InstanceVisit, MatchingRules } from './instance-types.ts';

/** Why a caregiver cannot (hard) or should not (soft) take a visit. */
export interface MatchVerdict {
  allowed: boolean;
  penalty: number;
  /** The first hard reason, for reports: e.g. "lacks skill PICC". */
  hardReason: string | undefined;
}

/** Applies the matching rules (skills, licence, language, continuity, allowed list) to one pair. */
export function matchVisitToVehicle(
  visit: InstanceVisit,
  vehicle: InstanceVehicle,
  vehicleId: string,
  rules: MatchingRules,
): MatchVerdict {
  let penalty = 0;
  let hardReason: string | undefined;
  const fail = (reason: string): void => {
    hardReason ??= reason;
  };
  if (
    visit.allowedVehicles !== undefined &&
    !visit.allowedVehicles.includes(vehicleId) &&
    !visit.allowedVehicles.includes(vehicle.id)
  )
    fail('not among the visit’s allowed vehicles');
  const skills = vehicle.skills ?? [];
  const missing = (visit.skills ?? []).filter((s) => !skills.includes(s));
  if (missing.length > 0) {
    if (rules.skills.mode === 'hard') fail(`lacks skill ${missing.join(', ')}`);
    else if (rules.skills.mode === 'soft') penalty += rules.skills.penalty * missing.length;
  }
  if (visit.state !== undefined && !(vehicle.licences ?? []).includes(visit.state)) {
    if (rules.licence.mode === 'hard') fail(`not licensed in ${visit.state}`);
    else if (rules.licence.mode === 'soft') penalty += rules.licence.penalty;
  }
  if (visit.language !== undefined && !(vehicle.languages ?? []).includes(visit.language)) {
    if (rules.language.mode === 'hard') fail(`does not speak ${visit.language}`);
    else if (rules.language.mode === 'soft') penalty += rules.language.penalty;
  }
  if (
    visit.preferredVehicles !== undefined &&
    visit.preferredVehicles.length > 0 &&
    !visit.preferredVehicles.includes(vehicleId) &&
    !visit.preferredVehicles.includes(vehicle.id)
  ) {
    if (rules.continuity.mode === 'hard') fail('is not the patient’s usual caregiver');
    else if (rules.continuity.mode === 'soft') penalty += rules.continuity.penalty;
  }
  return { allowed: hardReason === undefined, penalty, hardReason };
}
