import type { MoveContext } from './move-context.ts';
import type { RouteSet } from './route-set.ts';

/**
 * Moves within one route: positions lo..hi are replaced by a new middle (a relocated string, a
 * reversed stretch, two swapped jobs), priced by walking the middle between the summaries before
 * lo and after hi, so O(hi - lo).
 */
export class IntraMoves {
  private readonly ctx: MoveContext;
  private readonly rs: RouteSet;
  private readonly dm: Float64Array;
  private readonly nn: number;
  private readonly symmetric: boolean;
  private r = 0;
  private floorBase = 0;
  private s: Int32Array;
  private n = 0;
  private i = 0;
  private j = 0;
  private locked = 0;
  private threshold = 0;

  constructor(ctx: MoveContext) {
    this.ctx = ctx;
    this.rs = ctx.rs;
    this.s = this.rs.seqOf(0);
    this.dm = this.rs.problem.dist;
    this.nn = this.rs.problem.nNodes;
    this.symmetric = this.rs.problem.symmetric;
  }

  private d(a: number, b: number): number {
    return this.dm[a * this.nn + b] ?? 0;
  }

  /** True when a route whose distance changes by `delta` cannot beat the threshold. */
  private isPrunedByDistance(delta: number): boolean {
    const rs = this.rs;
    return (
      rs.distanceFloor(this.r, this.floorBase + delta, this.n) + (rs.soft[this.r] ?? 0) >=
      this.threshold
    );
  }

  setPair(u: number, v: number, threshold: number): void {
    const rs = this.rs;
    this.r = rs.routeOf[u] ?? 0;
    this.s = rs.seqOf(this.r);
    this.n = rs.len[this.r] ?? 0;
    this.i = rs.posOf[u] ?? 0;
    this.j = rs.posOf[v] ?? 0;
    this.locked = rs.lockedLen[this.r] ?? 0;
    this.threshold = threshold;
    this.floorBase = rs.fDist[this.s[this.n + 1] ?? 0] ?? 0;
  }

  /** Moves the string of `a` jobs starting at u (optionally reversed) next to v. */
  tryRelocate(a: number, reverse: boolean, beforeV: boolean): boolean {
    const i = this.i;
    const s = this.s;
    const k = beforeV ? this.j - 1 : this.j;
    if (i <= this.locked || i + a - 1 > this.n || k < this.locked) return false;
    if (k >= i - 1 && k <= i + a - 1) return false;
    const first = s[i] ?? 0;
    const last = s[i + a - 1] ?? 0;
    let delta =
      this.d(s[i - 1] ?? 0, s[i + a] ?? 0) +
      this.d(s[k] ?? 0, reverse ? last : first) +
      this.d(reverse ? first : last, s[k + 1] ?? 0) -
      this.d(s[i - 1] ?? 0, first) -
      this.d(last, s[i + a] ?? 0) -
      this.d(s[k] ?? 0, s[k + 1] ?? 0);
    if (reverse && !this.symmetric)
      for (let x = i; x < i + a - 1; x++)
        delta += this.d(s[x + 1] ?? 0, s[x] ?? 0) - this.d(s[x] ?? 0, s[x + 1] ?? 0);
    if (this.isPrunedByDistance(delta)) return false;
    const mid = this.ctx.buf2;
    let m = 0;
    let lo: number;
    let hi: number;
    if (k > i + a - 1) {
      lo = i;
      hi = k;
      for (let x = i + a; x <= k; x++) mid[m++] = s[x] ?? 0;
      m = this.pushString(m, i, a, reverse);
    } else {
      lo = k + 1;
      hi = i + a - 1;
      m = this.pushString(m, i, a, reverse);
      for (let x = k + 1; x < i; x++) mid[m++] = s[x] ?? 0;
    }
    if (this.priceMiddle(lo, hi, m) >= this.threshold) return false;
    return this.commitMiddle(lo, hi, m);
  }

  /** 2-opt: reverses the stretch that makes u and v consecutive. */
  tryTwoOpt(): boolean {
    const i = this.i;
    const j = this.j;
    const s = this.s;
    const lo = i < j ? i + 1 : j;
    const hi = i < j ? j : i - 1;
    if (hi - lo < 1 || lo <= this.locked) return false;
    if (this.symmetric) {
      const delta =
        this.d(s[lo - 1] ?? 0, s[hi] ?? 0) +
        this.d(s[lo] ?? 0, s[hi + 1] ?? 0) -
        this.d(s[lo - 1] ?? 0, s[lo] ?? 0) -
        this.d(s[hi] ?? 0, s[hi + 1] ?? 0);
      if (this.isPrunedByDistance(delta)) return false;
    }
    const mid = this.ctx.buf2;
    let m = 0;
    for (let x = hi; x >= lo; x--) mid[m++] = s[x] ?? 0;
    if (this.priceMiddle(lo, hi, m) >= this.threshold) return false;
    return this.commitMiddle(lo, hi, m);
  }

  /** Swaps u and v. */
  trySwap(): boolean {
    const s = this.s;
    const lo = Math.min(this.i, this.j);
    const hi = Math.max(this.i, this.j);
    if (hi - lo < 2 || lo <= this.locked) return false;
    const x = s[lo] ?? 0;
    const y = s[hi] ?? 0;
    const delta =
      this.d(s[lo - 1] ?? 0, y) +
      this.d(y, s[lo + 1] ?? 0) +
      this.d(s[hi - 1] ?? 0, x) +
      this.d(x, s[hi + 1] ?? 0) -
      this.d(s[lo - 1] ?? 0, x) -
      this.d(x, s[lo + 1] ?? 0) -
      this.d(s[hi - 1] ?? 0, y) -
      this.d(y, s[hi + 1] ?? 0);
    if (this.isPrunedByDistance(delta)) return false;
    const mid = this.ctx.buf2;
    let m = 0;
    for (let x = lo; x <= hi; x++) mid[m++] = s[x] ?? 0;
    mid[0] = s[hi] ?? 0;
    mid[m - 1] = s[lo] ?? 0;
    if (this.priceMiddle(lo, hi, m) >= this.threshold) return false;
    return this.commitMiddle(lo, hi, m);
  }

  private priceMiddle(lo: number, hi: number, mlen: number): number {
    const rs = this.rs;
    const ops = rs.ops;
    const s = this.s;
    const seg = this.ctx.a;
    ops.copy(seg, rs.fwdOf(s[lo - 1] ?? 0));
    const mid = this.ctx.buf2;
    for (let k = 0; k < mlen; k++) ops.append(seg, seg, mid[k] ?? 0);
    ops.concat(seg, seg, rs.bwdOf(s[hi + 1] ?? 0));
    return rs.costOfSeg(seg, this.r, rs.soft[this.r] ?? 0, this.n);
  }

  private commitMiddle(lo: number, hi: number, mlen: number): boolean {
    const s = this.s;
    const out = this.ctx.buf1;
    const mid = this.ctx.buf2;
    let k1 = 0;
    for (let k = 1; k < lo; k++) out[k1++] = s[k] ?? 0;
    for (let k = 0; k < mlen; k++) out[k1++] = mid[k] ?? 0;
    for (let k = hi + 1; k <= this.n; k++) out[k1++] = s[k] ?? 0;
    return this.ctx.accept(this.r, k1, this.r, k1);
  }

  private pushString(m: number, from: number, count: number, reverse: boolean): number {
    const out = this.ctx.buf2;
    const s = this.s;
    if (reverse) for (let k = count - 1; k >= 0; k--) out[m++] = s[from + k] ?? 0;
    else for (let k = 0; k < count; k++) out[m++] = s[from + k] ?? 0;
    return m;
  }
}
