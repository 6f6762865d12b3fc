// Route optimizer for nurse visits and deliveries (see README.md): pure logic, no I/O.
export type * from './model/instance-types.ts';
export type * from './model/solution-types.ts';
export type { UnassignedReason } from './model/unassignable.ts';
export type { PlanContext, CompiledInstance } from './model/compile-problem.ts';
export { compileInstance, selectMatrixProvider } from './model/compile-problem.ts';
export { DEFAULT_OBJECTIVE, DEFAULT_RULES } from './model/defaults.ts';
export { InstanceError, validateInstance } from './model/validate-instance.ts';
export type { InstanceIssue } from './model/validate-instance.ts';
export type { MatrixProvider, TravelMatrix, GreatCircleOptions } from './matrix/matrix-provider.ts';
export {
  computeGreatCircleKm,
  createEuclideanProvider,
  createGreatCircleProvider,
} from './matrix/matrix-provider.ts';
export type { TravelTable } from './matrix/table-provider.ts';
export { createTableProvider, TravelTableError } from './matrix/table-provider.ts';
export { parseSolomon } from './parse/solomon.ts';
export { parseMankowska } from './parse/mankowska.ts';
export { parseJsonInstance } from './parse/json-instance.ts';
export { ParseError } from './parse/parse-error.ts';
export type { SolveOptions } from './solve.ts';
export { solveRouting, solveCompiled } from './solve.ts';
export type { ReplanRequest } from './replan.ts';
export { replanRouting } from './replan.ts';
export type { CheckReport, CheckViolation } from './check/check-solution.ts';
export { checkSolution } from './check/check-solution.ts';
export type { RouteList } from './check/schedule-route-list.ts';
export { checkRouteList, scheduleRouteList } from './check/schedule-route-list.ts';
// The worker-thread runner (Node only) lives at '@infusio/domain/routing/worker'.
