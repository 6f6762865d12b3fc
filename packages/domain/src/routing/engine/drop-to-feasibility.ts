import type { SearchState } from './search-state.ts';

/**
 * Makes a plan feasible by leaving visits out: while some route breaks a hard constraint, drop
 * from it the visit whose removal leaves the cheapest route, least important visits first. Used
 * on a candidate the local search could not repair, so every plan the search compares is a
 * real plan and "unassigned first" stays the top level of the objective.
 */
export function dropToFeasibility(state: SearchState): number {
  const rs = state.rs;
  const p = rs.problem;
  const oracle = state.oracle;
  const buf = state.ctx.buf1;
  let dropped = 0;
  for (let guard = 0; guard < p.nJobs && !state.isFeasible(); guard++) {
    let route = -1;
    for (let r = 0; r < rs.nRoutes && route < 0; r++) {
      const n = rs.len[r] ?? 0;
      if (n === 0) continue;
      const s = rs.seqOf(r);
      buf.set(s.subarray(1, n + 1));
      const ok =
        oracle?.isNeeded(r, r) === true
          ? oracle.isCandidateFeasible(r, buf, n) && rs.isRouteFastFeasible(r)
          : rs.isRouteFastFeasible(r);
      if (!ok) route = r;
    }
    // Only links can be broken: drop one side of a broken link (its partner follows later).
    if (route < 0) route = routeWithBrokenLink(state);
    if (route < 0) return dropped;
    const s = rs.seqOf(route);
    const n = rs.len[route] ?? 0;
    const locked = rs.lockedLen[route] ?? 0;
    let victim = -1;
    let best = Infinity;
    for (let i = locked; i < n; i++) {
      const job = s[i + 1] ?? 0;
      let k = 0;
      for (let x = 0; x < n; x++) if (x !== i) buf[k++] = s[x + 1] ?? 0;
      const cost =
        (oracle?.isNeeded(route, route) === true
          ? oracle.candidateCost(route, buf, k, route, buf, k)
          : priceWithout(state, route, i)) + (p.unassignedCost[job] ?? 0);
      if (cost < best) {
        best = cost;
        victim = job;
      }
    }
    if (victim < 0) return dropped;
    rs.remove(victim);
    dropped++;
  }
  return dropped;
}

function priceWithout(state: SearchState, r: number, index: number): number {
  const rs = state.rs;
  const s = rs.seqOf(r);
  const seg = state.ctx.a;
  rs.ops.concat(seg, rs.fwdOf(s[index] ?? 0), rs.bwdOf(s[index + 2] ?? 0));
  return rs.costOfSeg(seg, r, rs.soft[r] ?? 0, (rs.len[r] ?? 0) - 1);
}

function routeWithBrokenLink(state: SearchState): number {
  const rs = state.rs;
  const links = rs.problem.links;
  if (links === null) return -1;
  for (let k = 0; k < links.a.length; k++) {
    const a = links.a[k] ?? 0;
    const b = links.b[k] ?? 0;
    const ra = rs.routeOf[a] ?? -1;
    const rb = rs.routeOf[b] ?? -1;
    if (ra >= 0 && (rb < 0 || rb === ra)) return ra;
    if (rb >= 0 && ra < 0) return rb;
  }
  // Gaps not met: the first route holding a linked visit (the oracle judged the plan infeasible).
  for (const a of links.a) {
    const ra = rs.routeOf[a] ?? -1;
    if (ra >= 0) return ra;
  }
  return -1;
}
