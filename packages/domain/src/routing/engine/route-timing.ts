import type { Penalties } from './penalties.ts';
import type { Problem } from './problem.ts';
import { Seg, SegOps } from './segment.ts';

/** Everything the exact evaluator knows about one route's schedule. */
export class RouteTiming {
  departure = 0;
  arrivalAtEnd = 0;
  dist = 0;
  travelTime = 0;
  duration = 0;
  /** Hard violations: lateness past the last window (time warp), load, duration, others. */
  timeWarp = 0;
  excessLoad = 0;
  excessDuration = 0;
  /** Break missed or late, time-from-start exceeded, link gaps not met. */
  otherViolation = 0;
  tardiness = 0;
  maxTardiness = 0;
  soft = 0;
  /** Break start, and the number of visits done before it (-1 when no break is taken). */
  breakStart = 0;
  breakAfter = -1;
}

/**
 * The exact evaluator: simulates a route stop by stop — departure at the earliest time that
 * keeps the minimum duration, waiting for the earliest suitable window, a break taken in the
 * first gap where it fits without delay (or where it cannot wait any longer), lateness counted
 * as time warp past the last window, tardiness past soft due times, time since departure against
 * refrigerated limits. Service starts may be raised by lower bounds (links between routes).
 */
export class RouteTimer {
  private readonly p: Problem;
  private readonly ops: SegOps;
  private readonly seg: Seg;
  /** Service start per job from the last simulation, and lower bounds set by links. */
  readonly start: Float64Array;
  readonly arrival: Float64Array;
  readonly lowerBound: Float64Array;

  constructor(problem: Problem) {
    this.p = problem;
    this.ops = new SegOps(problem);
    this.seg = new Seg(problem.dims);
    this.start = new Float64Array(problem.nJobs);
    this.arrival = new Float64Array(problem.nJobs);
    this.lowerBound = new Float64Array(problem.nJobs).fill(-Infinity);
  }

  /**
   * Departure time: the earliest one keeping the minimum duration (Vidal's E of the whole
   * route) — except with soft due times, where leaving later could make visits tardy: then the
   * vehicle leaves so as to reach the first visit as it opens, moving no service start.
   */
  departureOf(v: number, jobs: Int32Array, len: number): number {
    const p = this.p;
    if (p.due !== null) {
      const startNode = p.nJobs + 2 * v;
      const open = p.early[startNode] ?? 0;
      if (len === 0) return open;
      const first = jobs[0] ?? 0;
      const travel = p.time[startNode * p.nNodes + first] ?? 0;
      const bound = this.lowerBound[first] ?? -Infinity;
      const begin = this.earliestStart(first, Math.max(open + travel, bound));
      return Math.max(open, begin - travel);
    }
    const ops = this.ops;
    const seg = this.seg;
    ops.setSingle(seg, p.nJobs + 2 * v);
    for (let i = 0; i < len; i++) ops.append(seg, seg, jobs[i] ?? 0);
    ops.append(seg, seg, p.nJobs + 2 * v + 1);
    return seg.e;
  }

  /**
   * Simulates route v visiting jobs[0..len). `departure` may be given (links keep it fixed
   * between rounds); otherwise the earliest minimum-duration departure is used.
   */
  simulate(v: number, jobs: Int32Array, len: number, out: RouteTiming, departure?: number): void {
    const p = this.p;
    const n = p.nNodes;
    const startNode = p.nJobs + 2 * v;
    const endNode = startNode + 1;
    out.departure = departure ?? this.departureOf(v, jobs, len);
    out.dist = 0;
    out.travelTime = 0;
    out.timeWarp = 0;
    out.otherViolation = 0;
    out.tardiness = 0;
    out.maxTardiness = 0;
    out.soft = 0;
    out.breakAfter = -1;
    out.breakStart = 0;
    if (len === 0) {
      out.arrivalAtEnd = out.departure;
      out.duration = 0;
      out.excessLoad = 0;
      out.excessDuration = 0;
      return;
    }
    const breaks = p.breaks;
    const breakDuration = breaks === null ? 0 : (breaks.duration[v] ?? 0);
    const breakEarliest = breaks === null ? 0 : (breaks.earliest[v] ?? 0);
    const breakLatest = breaks === null ? -Infinity : (breaks.latest[v] ?? -Infinity);
    let needBreak = breakDuration > 0;
    let t = out.departure;
    let loc = startNode;
    const maxFromStart = p.maxFromStart;
    const due = p.due;
    const soft = p.soft;
    for (let i = 0; i <= len; i++) {
      const node = i < len ? (jobs[i] ?? 0) : endNode;
      const travel = p.time[loc * n + node] ?? 0;
      out.dist += p.dist[loc * n + node] ?? 0;
      out.travelTime += travel;
      let arrival = t + travel;
      if (needBreak) {
        // Take the break here (before travelling) if it fits in the waiting time, if the next
        // chance would come too late, or if this is the way home.
        const bStart = Math.max(t, breakEarliest);
        const naturalStart = i < len ? this.earliestStart(node, arrival) : arrival;
        const nextChance = i < len ? naturalStart + (p.service[node] ?? 0) : Infinity;
        const fitsInWait = bStart + breakDuration + travel <= naturalStart;
        const lastChance = Math.max(nextChance, breakEarliest) > breakLatest;
        if (fitsInWait || lastChance) {
          const homeEarly = i === len && t + travel <= breakEarliest;
          if (!homeEarly) {
            if (bStart > breakLatest) out.otherViolation += bStart - breakLatest;
            out.breakStart = bStart;
            out.breakAfter = i;
            t = bStart + breakDuration;
            arrival = t + travel;
          }
          needBreak = false;
        }
      }
      if (i === len) {
        const late = p.late[endNode] ?? Infinity;
        if (arrival > late) {
          out.timeWarp += arrival - late;
          arrival = late;
        }
        out.arrivalAtEnd = arrival;
        break;
      }
      let begin = this.earliestStart(node, arrival);
      const bound = this.lowerBound[node] ?? -Infinity;
      if (bound > begin) begin = this.earliestStart(node, bound);
      const latest = this.latestStart(node);
      if (begin > latest) {
        out.timeWarp += begin - latest;
        begin = latest;
      }
      this.start[node] = begin;
      this.arrival[node] = arrival;
      if (due !== null) {
        const tardy = begin - (due[node] ?? Infinity);
        if (tardy > 0) {
          out.tardiness += tardy;
          if (tardy > out.maxTardiness) out.maxTardiness = tardy;
        }
      }
      if (maxFromStart !== null) {
        const over = arrival - out.departure - (maxFromStart[node] ?? Infinity);
        if (over > 0) out.otherViolation += over;
      }
      if (soft !== null) out.soft += soft[node * p.nVehicles + v] ?? 0;
      t = begin + (p.service[node] ?? 0);
      loc = node;
    }
    out.duration = out.arrivalAtEnd - out.departure;
    out.excessDuration = Math.max(0, out.duration - (p.maxDuration[v] ?? Infinity));
    let excess = 0;
    for (let k = 0; k < p.dims; k++) {
      let load = 0;
      for (let i = 0; i < len; i++) load += p.demand[(jobs[i] ?? 0) * p.dims + k] ?? 0;
      excess += Math.max(0, load - (p.capacity[v * p.dims + k] ?? Infinity));
    }
    out.excessLoad = excess;
  }

  /** Penalised cost of a simulated route (0 when unused), tardiness included. */
  costOf(v: number, len: number, timing: RouteTiming, pen: Penalties, travelScale: number): number {
    if (len === 0) return 0;
    const p = this.p;
    return (
      travelScale *
        ((p.fixedCost[v] ?? 0) +
          (p.distCost[v] ?? 0) * timing.dist +
          (p.travelCost[v] ?? 0) * timing.travelTime +
          (p.durationCost[v] ?? 0) * timing.duration +
          timing.soft +
          p.tardinessWeight * timing.tardiness) +
      pen.timeWarp * timing.timeWarp +
      pen.load * timing.excessLoad +
      pen.duration * timing.excessDuration +
      pen.other * timing.otherViolation
    );
  }

  /** Earliest service start at or after `time` in one of the node's windows. */
  earliestStart(node: number, time: number): number {
    const w = this.p.windows;
    if (w === null) return Math.max(time, this.p.early[node] ?? 0);
    const from = w.offset[node] ?? 0;
    const to = w.offset[node + 1] ?? 0;
    for (let k = from; k < to; k++) {
      const end = w.end[k] ?? 0;
      if (time <= end) return Math.max(time, w.start[k] ?? 0);
    }
    return time;
  }

  latestStart(node: number): number {
    return this.p.late[node] ?? Infinity;
  }
}
