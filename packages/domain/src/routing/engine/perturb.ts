import type { RouteSet } from './route-set.ts';
import type { Rng } from './rng.ts';
import { Seg } from './segment.ts';

/**
 * Random feasible moves between nearby routes (relocate a job next to a related one, or swap
 * two related jobs), used by the route-minimisation phase to shake the plan after an ejection
 * (Nagata & Bräysy 2009 apply I_rand such moves). Feasibility is checked with the fast summaries;
 * routes the exact evaluator must judge are left alone.
 */
export class RandomFeasibleMoves {
  private readonly rs: RouteSet;
  private readonly rng: Rng;
  private readonly a: Seg;
  private readonly b: Seg;
  private readonly c: Seg;
  private readonly buf1: Int32Array;
  private readonly buf2: Int32Array;

  constructor(rs: RouteSet, rng: Rng) {
    this.rs = rs;
    this.rng = rng;
    const dims = rs.problem.dims;
    this.a = new Seg(dims);
    this.b = new Seg(dims);
    this.c = new Seg(dims);
    this.buf1 = new Int32Array(rs.problem.nJobs + 2);
    this.buf2 = new Int32Array(rs.problem.nJobs + 2);
  }

  /** Tries `count` random moves; returns how many were applied. */
  run(count: number): number {
    const rs = this.rs;
    const p = rs.problem;
    const k = p.neighbourCount;
    if (k === 0) return 0;
    let applied = 0;
    for (let t = 0; t < count; t++) {
      const u = this.rng.nextInt(p.nJobs);
      const v = p.neighbours[u * k + this.rng.nextInt(k)] ?? 0;
      const ru = rs.routeOf[u] ?? -1;
      const rv = rs.routeOf[v] ?? -1;
      if (ru < 0 || rv < 0 || ru === rv) continue;
      if ((rs.special[ru] ?? 0) > 0 || (rs.special[rv] ?? 0) > 0) continue;
      if ((rs.posOf[u] ?? 0) <= (rs.lockedLen[ru] ?? 0)) continue;
      if ((rs.posOf[v] ?? 0) <= (rs.lockedLen[rv] ?? 0)) continue;
      const ok = this.rng.nextFloat() < 0.5 ? this.relocate(u, v, ru, rv) : this.swap(u, v, ru, rv);
      if (ok) applied++;
    }
    return applied;
  }

  private relocate(u: number, v: number, ru: number, rv: number): boolean {
    const rs = this.rs;
    const p = rs.problem;
    if (p.allowed !== null && p.allowed[u * p.nVehicles + rv] !== 1) return false;
    const ops = rs.ops;
    const after = this.rng.nextFloat() < 0.5;
    const pos = (rs.posOf[v] ?? 0) - (after ? 0 : 1);
    if (pos < (rs.lockedLen[rv] ?? 0)) return false;
    const sv = rs.seqOf(rv);
    ops.append(this.a, rs.fwdOf(sv[pos] ?? 0), u);
    ops.concat(this.a, this.a, rs.bwdOf(sv[pos + 1] ?? 0));
    if (!rs.isSegFeasible(this.a, rv)) return false;
    const su = rs.seqOf(ru);
    const i = rs.posOf[u] ?? 0;
    ops.concat(this.b, rs.fwdOf(su[i - 1] ?? 0), rs.bwdOf(su[i + 1] ?? 0));
    if (!rs.isSegFeasible(this.b, ru)) return false;
    rs.remove(u);
    rs.insertAt(rv, (rs.posOf[v] ?? 0) - (after ? 0 : 1), u);
    return true;
  }

  private swap(u: number, v: number, ru: number, rv: number): boolean {
    const rs = this.rs;
    const p = rs.problem;
    if (
      p.allowed !== null &&
      (p.allowed[u * p.nVehicles + rv] !== 1 || p.allowed[v * p.nVehicles + ru] !== 1)
    )
      return false;
    const ops = rs.ops;
    const su = rs.seqOf(ru);
    const sv = rs.seqOf(rv);
    const i = rs.posOf[u] ?? 0;
    const j = rs.posOf[v] ?? 0;
    ops.append(this.a, rs.fwdOf(su[i - 1] ?? 0), v);
    ops.concat(this.a, this.a, rs.bwdOf(su[i + 1] ?? 0));
    if (!rs.isSegFeasible(this.a, ru)) return false;
    ops.append(this.c, rs.fwdOf(sv[j - 1] ?? 0), u);
    ops.concat(this.c, this.c, rs.bwdOf(sv[j + 1] ?? 0));
    if (!rs.isSegFeasible(this.c, rv)) return false;
    const nu = rs.len[ru] ?? 0;
    const nv = rs.len[rv] ?? 0;
    for (let k = 1; k <= nu; k++) this.buf1[k - 1] = su[k] ?? 0;
    for (let k = 1; k <= nv; k++) this.buf2[k - 1] = sv[k] ?? 0;
    this.buf1[i - 1] = v;
    this.buf2[j - 1] = u;
    rs.setRoute(ru, this.buf1, nu);
    rs.setRoute(rv, this.buf2, nv);
    return true;
  }
}
