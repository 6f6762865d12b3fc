import type { InsertionChoice, InsertionOptions } from './insertion.ts';
import { Inserter } from './insertion.ts';
import type { ExactOracle } from './move-context.ts';
import type { RouteSet } from './route-set.ts';
import type { Rng } from './rng.ts';

/**
 * Slack Induction by String Removals (Christiaens & Vanden Berghe 2020, "Slack induction by
 * string removals for vehicle routing problems"): remove a few strings of consecutive jobs from
 * routes near a random seed job, then put every removed job back at its cheapest place, skipping
 * each place with a small probability ("blinks") so the recreate step is not always greedy.
 */
export class RuinRecreate {
  private readonly rs: RouteSet;
  private readonly rng: Rng;
  private readonly removed: Int32Array;
  removedCount = 0;
  private readonly ruinedRoute: Uint8Array;
  private readonly inserter: Inserter;
  private readonly best: InsertionChoice = { route: -1, pos: -1, delta: 0 };
  private readonly options: InsertionOptions;
  /** Average number of jobs removed (c̄) and longest string (L_max). */
  averageRemoved = 10;
  maxString = 10;
  blinkRate = 0.01;
  /** May recreate open unused vehicles? */
  openRoutes = true;

  constructor(rs: RouteSet, oracle: ExactOracle | null, rng: Rng) {
    this.rs = rs;
    this.rng = rng;
    this.removed = new Int32Array(rs.problem.nJobs);
    this.ruinedRoute = new Uint8Array(rs.nRoutes);
    this.inserter = new Inserter(rs, oracle, () => rng.nextFloat());
    this.options = { feasibleOnly: true, openRoutes: false, blinkRate: 0 };
  }

  ruin(): void {
    const rs = this.rs;
    const p = rs.problem;
    const rng = this.rng;
    this.removedCount = 0;
    this.ruinedRoute.fill(0);
    const used = rs.usedRoutes();
    if (used === 0) return;
    let assigned = 0;
    for (let r = 0; r < rs.nRoutes; r++) assigned += rs.len[r] ?? 0;
    const lsMax = Math.min(this.maxString, assigned / used);
    const ksMax = (4 * this.averageRemoved) / (1 + lsMax) - 1;
    const ks = Math.floor(rng.nextFloat() * ksMax) + 1;
    // Seed: a random assigned, unlocked job.
    let seed = -1;
    for (let tries = 0; tries < 50 && seed < 0; tries++) {
      const j = rng.nextInt(p.nJobs);
      const r = rs.routeOf[j] ?? -1;
      if (r >= 0 && (rs.posOf[j] ?? 0) > (rs.lockedLen[r] ?? 0)) seed = j;
    }
    if (seed < 0) return;
    const k = p.neighbourCount;
    let ruined = 0;
    for (let t = -1; t < k && ruined < ks; t++) {
      const c = t < 0 ? seed : (p.neighbours[seed * k + t] ?? 0);
      const r = rs.routeOf[c] ?? -1;
      if (r < 0 || this.ruinedRoute[r] === 1) continue;
      const n = rs.len[r] ?? 0;
      const locked = rs.lockedLen[r] ?? 0;
      if ((rs.posOf[c] ?? 0) <= locked) continue;
      const free = n - locked;
      const lMax = Math.min(free, lsMax);
      const l = Math.max(1, Math.floor(rng.nextFloat() * lMax) + 1);
      this.removeString(r, c, l, locked);
      this.ruinedRoute[r] = 1;
      ruined++;
    }
  }

  /** Removes a string of l jobs of route r containing c (or, half the time, a split string). */
  private removeString(r: number, c: number, l: number, locked: number): void {
    const rs = this.rs;
    const rng = this.rng;
    const n = rs.len[r] ?? 0;
    const free = n - locked;
    const posC = rs.posOf[c] ?? 0;
    let m = 0;
    let total = l;
    if (l < free && rng.nextFloat() < 0.5) {
      // Split string: remove l of a string of l + m, keeping m consecutive jobs in it.
      m = 1;
      while (l + m < free && rng.nextFloat() < 0.5) m++;
      total = l + m;
    }
    // Choose the string's first position so it contains c and stays within the free part.
    const lo = Math.max(locked + 1, posC - total + 1);
    const hi = Math.min(posC, n - total + 1);
    const first = lo + (hi >= lo ? rng.nextInt(hi - lo + 1) : 0);
    const keepFrom = first + (m > 0 ? rng.nextInt(l + 1) : total);
    const s = rs.seqOf(r);
    const victims: number[] = [];
    for (let pos = first; pos < first + total && pos <= n; pos++)
      if (pos < keepFrom || pos >= keepFrom + m) victims.push(s[pos] ?? 0);
    for (const job of victims) {
      rs.detach(job);
      this.removed[this.removedCount++] = job;
    }
    rs.updateRoute(r);
    // Linked visits go out together, so recreate can place them as a pair.
    const links = rs.problem.links;
    if (links !== null)
      for (const job of victims)
        for (let x = links.jobOffset[job] ?? 0; x < (links.jobOffset[job + 1] ?? 0); x++) {
          const k = links.byJob[x] ?? 0;
          const other = links.a[k] === job ? (links.b[k] ?? 0) : (links.a[k] ?? 0);
          if (
            (rs.routeOf[other] ?? -1) >= 0 &&
            (rs.posOf[other] ?? 0) > (rs.lockedLen[rs.routeOf[other] ?? 0] ?? 0)
          ) {
            rs.remove(other);
            this.removed[this.removedCount++] = other;
          }
        }
  }

  /** Reorders so that a linked visit directly follows its partner. */
  private keepPartnersTogether(list: number[]): void {
    const links = this.rs.problem.links;
    if (links === null) return;
    const pending = new Set(list);
    const out: number[] = [];
    for (const job of list) {
      if (!pending.has(job)) continue;
      pending.delete(job);
      out.push(job);
      for (let x = links.jobOffset[job] ?? 0; x < (links.jobOffset[job + 1] ?? 0); x++) {
        const k = links.byJob[x] ?? 0;
        const other = links.a[k] === job ? (links.b[k] ?? 0) : (links.a[k] ?? 0);
        if (pending.has(other)) {
          pending.delete(other);
          out.push(other);
        }
      }
    }
    list.splice(0, list.length, ...out);
  }

  /** Puts every removed (and every other unassigned) job back, cheapest place first. */
  recreate(): void {
    const rs = this.rs;
    const rng = this.rng;
    const p = rs.problem;
    // Also retry jobs that were unassigned before this ruin.
    const list: number[] = [];
    for (let i = 0; i < rs.unassignedCount; i++) list.push(rs.unassigned[i] ?? 0);
    const order = rng.nextInt(p.due === null ? 11 : 15);
    const depot = p.nJobs;
    const due = p.due;
    const key = (j: number): number => {
      if (order >= 11 && due !== null) return due[j] ?? 0;
      if (order < 4) return rng.nextFloat();
      if (order < 8) return -(p.demand[j * p.dims] ?? 0);
      if (order < 10) return -(p.dist[depot * p.nNodes + j] ?? 0);
      return p.dist[depot * p.nNodes + j] ?? 0;
    };
    const keys = new Map(list.map((j) => [j, key(j)]));
    // Highest priority first; within a priority, the drawn order.
    const worth = p.unassignedCost;
    list.sort(
      (a, b) =>
        (worth[b] ?? 0) - (worth[a] ?? 0) || (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || a - b,
    );
    if (p.links !== null) this.keepPartnersTogether(list);
    const options = this.options;
    options.blinkRate = this.blinkRate;
    for (const job of list) {
      options.feasibleOnly = true;
      options.openRoutes = this.openRoutes;
      if (this.inserter.findBest(job, options, this.best)) {
        rs.insertAt(this.best.route, this.best.pos, job);
        continue;
      }
      // No feasible place: take the cheapest penalised one if that beats leaving it out.
      options.feasibleOnly = false;
      options.openRoutes = this.openRoutes;
      if (
        this.inserter.findBest(job, options, this.best) &&
        this.best.delta < (p.unassignedCost[job] ?? 0)
      )
        rs.insertAt(this.best.route, this.best.pos, job);
    }
  }
}
