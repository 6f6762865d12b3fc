import type { Problem } from './problem.ts';

/**
 * Summary of a sequence of stops, concatenated in O(1) (Vidal et al. 2013, "A hybrid genetic
 * algorithm with adaptive diversity management for a large class of vehicle routing problems
 * with time-windows"): minimum duration, time warp (how far back in time one must travel to meet
 * every latest start), earliest and latest start of the first stop that achieve them, distance,
 * travel time and load.
 */
export class Seg {
  first = 0;
  last = 0;
  dur = 0;
  tw = 0;
  e = 0;
  l = 0;
  dist = 0;
  tt = 0;
  readonly load: Float64Array;

  constructor(dims: number) {
    this.load = new Float64Array(dims);
  }
}

/** Segment operations bound to one problem's matrices. */
export class SegOps {
  private readonly n: number;
  private readonly time: Float64Array;
  private readonly distM: Float64Array;
  private readonly service: Float64Array;
  private readonly early: Float64Array;
  private readonly late: Float64Array;
  private readonly demand: Float64Array;
  readonly dims: number;

  constructor(problem: Problem) {
    this.n = problem.nNodes;
    this.time = problem.time;
    this.distM = problem.dist;
    this.service = problem.service;
    this.early = problem.early;
    this.late = problem.late;
    this.demand = problem.demand;
    this.dims = problem.dims;
  }

  setSingle(out: Seg, node: number): void {
    out.first = node;
    out.last = node;
    out.dur = this.service[node] ?? 0;
    out.tw = 0;
    out.e = this.early[node] ?? 0;
    out.l = this.late[node] ?? 0;
    out.dist = 0;
    out.tt = 0;
    const dims = this.dims;
    for (let k = 0; k < dims; k++) out.load[k] = this.demand[node * dims + k] ?? 0;
  }

  /** out = a ⊕ b; out may be a or b. */
  concat(out: Seg, a: Seg, b: Seg): void {
    const arc = a.last * this.n + b.first;
    const t = this.time[arc] ?? 0;
    const delta = a.dur - a.tw + t;
    const dWt = Math.max(b.e - delta - a.l, 0);
    const dTw = Math.max(a.e + delta - b.l, 0);
    const e = Math.max(b.e - delta, a.e) - dWt;
    const l = Math.min(b.l - delta, a.l) + dTw;
    out.dur = a.dur + b.dur + t + dWt;
    out.tw = a.tw + b.tw + dTw;
    out.e = e;
    out.l = l;
    out.dist = a.dist + b.dist + (this.distM[arc] ?? 0);
    out.tt = a.tt + b.tt + t;
    const dims = this.dims;
    for (let k = 0; k < dims; k++) out.load[k] = (a.load[k] ?? 0) + (b.load[k] ?? 0);
    out.first = a.first;
    out.last = b.last;
  }

  /** out = a ⊕ single(node); out may be a. */
  append(out: Seg, a: Seg, node: number): void {
    const arc = a.last * this.n + node;
    const t = this.time[arc] ?? 0;
    const be = this.early[node] ?? 0;
    const bl = this.late[node] ?? 0;
    const delta = a.dur - a.tw + t;
    const dWt = Math.max(be - delta - a.l, 0);
    const dTw = Math.max(a.e + delta - bl, 0);
    const e = Math.max(be - delta, a.e) - dWt;
    const l = Math.min(bl - delta, a.l) + dTw;
    out.dur = a.dur + (this.service[node] ?? 0) + t + dWt;
    out.tw = a.tw + dTw;
    out.e = e;
    out.l = l;
    out.dist = a.dist + (this.distM[arc] ?? 0);
    out.tt = a.tt + t;
    const dims = this.dims;
    for (let k = 0; k < dims; k++)
      out.load[k] = (a.load[k] ?? 0) + (this.demand[node * dims + k] ?? 0);
    out.first = a.first;
    out.last = node;
  }

  /** out = single(node) ⊕ b; out may be b. */
  prepend(out: Seg, node: number, b: Seg): void {
    const arc = node * this.n + b.first;
    const t = this.time[arc] ?? 0;
    const ae = this.early[node] ?? 0;
    const al = this.late[node] ?? 0;
    const s = this.service[node] ?? 0;
    const delta = s + t;
    const dWt = Math.max(b.e - delta - al, 0);
    const dTw = Math.max(ae + delta - b.l, 0);
    const e = Math.max(b.e - delta, ae) - dWt;
    const l = Math.min(b.l - delta, al) + dTw;
    out.dur = s + b.dur + t + dWt;
    out.tw = b.tw + dTw;
    out.e = e;
    out.l = l;
    out.dist = b.dist + (this.distM[arc] ?? 0);
    out.tt = b.tt + t;
    const dims = this.dims;
    for (let k = 0; k < dims; k++)
      out.load[k] = (b.load[k] ?? 0) + (this.demand[node * dims + k] ?? 0);
    out.first = node;
    out.last = b.last;
  }

  copy(out: Seg, a: Seg): void {
    out.first = a.first;
    out.last = a.last;
    out.dur = a.dur;
    out.tw = a.tw;
    out.e = a.e;
    out.l = a.l;
    out.dist = a.dist;
    out.tt = a.tt;
    out.load.set(a.load);
  }
}
