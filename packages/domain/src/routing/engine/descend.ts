import type { SearchState } from './search-state.ts';

/**
 * A first local search that never trades feasibility away: the penalised search may end with
 * some lateness when penalties are still low; then it retries with stiff penalties, and if the
 * plan is still broken it goes back to where it started.
 */
export function descendKeepingFeasibility(work: SearchState): void {
  const rs = work.rs;
  const wasFeasible = work.isFeasible();
  const start = rs.toArrays();
  work.ls.run();
  if (!wasFeasible || work.isFeasible()) return;
  const pen = rs.penalties;
  const saved = [pen.timeWarp, pen.load, pen.duration, pen.other] as const;
  pen.timeWarp *= 100;
  pen.load *= 100;
  pen.duration *= 100;
  pen.other *= 100;
  work.penaltiesChanged();
  work.ls.run();
  [pen.timeWarp, pen.load, pen.duration, pen.other] = saved;
  work.penaltiesChanged();
  if (!work.isFeasible()) rs.loadRoutes(start);
}
