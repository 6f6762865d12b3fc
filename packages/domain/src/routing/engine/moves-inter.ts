import type { MoveContext } from './move-context.ts';
import type { Problem } from './problem.ts';
import type { RouteSet } from './route-set.ts';
import type { Seg, SegOps } from './segment.ts';

/**
 * Moves between two routes, priced in O(1) from the route summaries. A class (not free
 * functions) so the hot calls are plain method calls. `setPair` caches what every move of one
 * (u, v) pair shares.
 */
export class InterMoves {
  private readonly ctx: MoveContext;
  private readonly rs: RouteSet;
  private readonly p: Problem;
  private readonly ops: SegOps;
  private readonly dm: Float64Array;
  private readonly nn: number;
  private readonly m: number;
  private readonly allowed: Uint8Array | null;
  private readonly soft: Float64Array | null;
  // Pair state.
  private u = 0;
  private v = 0;
  private r1 = 0;
  private r2 = 0;
  private s1: Int32Array;
  private s2: Int32Array;
  private n1 = 0;
  private n2 = 0;
  private i = 0;
  private j = 0;
  private locked1 = 0;
  private locked2 = 0;
  private threshold = 0;

  constructor(ctx: MoveContext) {
    this.ctx = ctx;
    this.rs = ctx.rs;
    this.p = ctx.rs.problem;
    this.ops = ctx.rs.ops;
    this.dm = this.p.dist;
    this.nn = this.p.nNodes;
    this.m = this.p.nVehicles;
    this.allowed = this.p.allowed;
    this.soft = this.p.soft;
    this.s1 = this.rs.seqOf(0);
    this.s2 = this.s1;
  }

  setPair(u: number, v: number, threshold: number): void {
    const rs = this.rs;
    this.u = u;
    this.v = v;
    this.r1 = rs.routeOf[u] ?? 0;
    this.r2 = rs.routeOf[v] ?? 0;
    this.s1 = rs.seqOf(this.r1);
    this.s2 = rs.seqOf(this.r2);
    this.n1 = rs.len[this.r1] ?? 0;
    this.n2 = rs.len[this.r2] ?? 0;
    this.i = rs.posOf[u] ?? 0;
    this.j = rs.posOf[v] ?? 0;
    this.locked1 = rs.lockedLen[this.r1] ?? 0;
    this.locked2 = rs.lockedLen[this.r2] ?? 0;
    this.threshold = threshold;
  }

  /**
   * String exchange (relocate, or-opt between routes, swap, CROSS-exchange): the string A of
   * `a` jobs starting at u (optionally reversed) goes next to v — after v, or before v — and the
   * string B of `b` jobs it displaces there goes to A's old place.
   */
  tryExchange(a: number, b: number, reverseA: boolean, beforeV: boolean): boolean {
    const i = this.i;
    const n1 = this.n1;
    if (i + a - 1 > n1 || i <= this.locked1) return false;
    const pre2Pos = beforeV ? this.j - b - 1 : this.j;
    const bFrom = pre2Pos + 1;
    const post2Pos = pre2Pos + b + 1;
    const n2 = this.n2;
    if (pre2Pos < this.locked2 || post2Pos > n2 + 1) return false;
    const s1 = this.s1;
    const s2 = this.s2;
    const r1 = this.r1;
    const r2 = this.r2;
    const allowed = this.allowed;
    const m = this.m;
    if (allowed !== null) {
      for (let k = 0; k < a; k++) if (allowed[(s1[i + k] ?? 0) * m + r2] !== 1) return false;
      for (let k = 0; k < b; k++) if (allowed[(s2[bFrom + k] ?? 0) * m + r1] !== 1) return false;
    }
    const rs = this.rs;
    const dm = this.dm;
    const nn = this.nn;
    const pre1 = s1[i - 1] ?? 0;
    const post1 = s1[i + a] ?? 0;
    const pre2 = s2[pre2Pos] ?? 0;
    const post2 = s2[post2Pos] ?? 0;
    const aEnd = s1[i + a - 1] ?? 0;
    const aFirst = reverseA ? aEnd : this.u;
    const aLast = reverseA ? this.u : aEnd;

    // Distance-only lower bound first: most candidates stop here.
    let distA = 0;
    for (let k = 0; k < a - 1; k++) {
      const x = s1[i + k] ?? 0;
      const y = s1[i + k + 1] ?? 0;
      distA += reverseA ? (dm[y * nn + x] ?? 0) : (dm[x * nn + y] ?? 0);
    }
    const fDist = rs.fDist;
    const bDist = rs.bDist;
    let d1 = (fDist[pre1] ?? 0) + (bDist[post1] ?? 0);
    if (b > 0) {
      const bFirst = s2[bFrom] ?? 0;
      const bLast = s2[bFrom + b - 1] ?? 0;
      let distB = 0;
      for (let k = 0; k < b - 1; k++)
        distB += dm[(s2[bFrom + k] ?? 0) * nn + (s2[bFrom + k + 1] ?? 0)] ?? 0;
      d1 += (dm[pre1 * nn + bFirst] ?? 0) + distB + (dm[bLast * nn + post1] ?? 0);
    } else d1 += dm[pre1 * nn + post1] ?? 0;
    const d2 =
      (fDist[pre2] ?? 0) +
      (bDist[post2] ?? 0) +
      (dm[pre2 * nn + aFirst] ?? 0) +
      distA +
      (dm[aLast * nn + post2] ?? 0);
    let soft1 = rs.soft[r1] ?? 0;
    let soft2 = rs.soft[r2] ?? 0;
    const soft = this.soft;
    if (soft !== null) {
      for (let k = 0; k < a; k++) {
        const x = s1[i + k] ?? 0;
        soft1 -= soft[x * m + r1] ?? 0;
        soft2 += soft[x * m + r2] ?? 0;
      }
      for (let k = 0; k < b; k++) {
        const y = s2[bFrom + k] ?? 0;
        soft1 += soft[y * m + r1] ?? 0;
        soft2 -= soft[y * m + r2] ?? 0;
      }
    }
    const len1 = n1 - a + b;
    const len2 = n2 + a - b;
    if (
      rs.distanceFloor(r1, d1, len1) + rs.distanceFloor(r2, d2, len2) + soft1 + soft2 >=
      this.threshold
    )
      return false;

    // Full summaries.
    const ctx = this.ctx;
    const ops = this.ops;
    const strA = ctx.strA;
    this.buildString(strA, s1, i, a, reverseA);
    const seg1 = ctx.a;
    if (b > 0) {
      const strB = ctx.strB;
      this.buildString(strB, s2, bFrom, b, false);
      ops.concat(seg1, rs.fwdOf(pre1), strB);
      ops.concat(seg1, seg1, rs.bwdOf(post1));
    } else ops.concat(seg1, rs.fwdOf(pre1), rs.bwdOf(post1));
    const seg2 = ctx.b;
    ops.concat(seg2, rs.fwdOf(pre2), strA);
    ops.concat(seg2, seg2, rs.bwdOf(post2));
    const c1 = rs.costOfSeg(seg1, r1, soft1, len1);
    const c2 = rs.costOfSeg(seg2, r2, soft2, len2);
    if (c1 + c2 >= this.threshold) return false;

    // Build the new sequences and let the context decide (exactly if needed).
    const out1 = ctx.buf1;
    let k1 = 0;
    for (let k = 1; k < i; k++) out1[k1++] = s1[k] ?? 0;
    for (let k = 0; k < b; k++) out1[k1++] = s2[bFrom + k] ?? 0;
    for (let k = i + a; k <= n1; k++) out1[k1++] = s1[k] ?? 0;
    const out2 = ctx.buf2;
    let k2 = 0;
    for (let k = 1; k <= pre2Pos; k++) out2[k2++] = s2[k] ?? 0;
    if (reverseA) for (let k = a - 1; k >= 0; k--) out2[k2++] = s1[i + k] ?? 0;
    else for (let k = 0; k < a; k++) out2[k2++] = s1[i + k] ?? 0;
    for (let k = post2Pos; k <= n2; k++) out2[k2++] = s2[k] ?? 0;
    return ctx.accept(r1, k1, r2, k2);
  }

  /**
   * 2-opt*: cut both routes and exchange the tails. `uThenV` cuts after u and before v (u then
   * precedes v); otherwise before u and after v.
   */
  tryTwoOptStar(uThenV: boolean): boolean {
    const r1 = this.r1;
    const r2 = this.r2;
    const n1 = this.n1;
    const n2 = this.n2;
    const c1 = uThenV ? this.i : this.i - 1;
    const c2 = uThenV ? this.j - 1 : this.j;
    if (c1 < this.locked1 || c2 < this.locked2) return false;
    if ((c1 === n1 && c2 === n2) || (c1 === 0 && c2 === 0)) return false;
    const rs = this.rs;
    const p = this.p;
    const s1 = this.s1;
    const s2 = this.s2;
    const head1 = s1[c1] ?? 0;
    const head2 = s2[c2] ?? 0;
    const tail1 = s1[c1 + 1] ?? 0;
    const tail2 = s2[c2 + 1] ?? 0;
    const len1 = c1 + (n2 - c2);
    const len2 = c2 + (n1 - c1);
    const ctx = this.ctx;
    const ops = this.ops;
    const seg1 = ctx.a;
    const seg2 = ctx.b;
    let soft1 = 0;
    let soft2 = 0;
    if (p.homogeneous) {
      const dm = this.dm;
      const nn = this.nn;
      const d1 = (rs.fDist[head1] ?? 0) + (dm[head1 * nn + tail2] ?? 0) + (rs.bDist[tail2] ?? 0);
      const d2 = (rs.fDist[head2] ?? 0) + (dm[head2 * nn + tail1] ?? 0) + (rs.bDist[tail1] ?? 0);
      if (rs.distanceFloor(r1, d1, len1) + rs.distanceFloor(r2, d2, len2) >= this.threshold)
        return false;
      ops.concat(seg1, rs.fwdOf(head1), rs.bwdOf(tail2));
      ops.concat(seg2, rs.fwdOf(head2), rs.bwdOf(tail1));
    } else {
      const allowed = this.allowed;
      const soft = this.soft;
      const m = this.m;
      for (let k = c2 + 1; k <= n2; k++) {
        const x = s2[k] ?? 0;
        if (allowed !== null && allowed[x * m + r1] !== 1) return false;
        if (soft !== null) soft1 += soft[x * m + r1] ?? 0;
      }
      for (let k = c1 + 1; k <= n1; k++) {
        const x = s1[k] ?? 0;
        if (allowed !== null && allowed[x * m + r2] !== 1) return false;
        if (soft !== null) soft2 += soft[x * m + r2] ?? 0;
      }
      if (soft !== null) {
        for (let k = 1; k <= c1; k++) soft1 += soft[(s1[k] ?? 0) * m + r1] ?? 0;
        for (let k = 1; k <= c2; k++) soft2 += soft[(s2[k] ?? 0) * m + r2] ?? 0;
      }
      // Tails end at the other vehicle's depot: rebuild them ending at the right one.
      this.buildTail(seg1, rs.fwdOf(head1), s2, c2 + 1, n2, s1[n1 + 1] ?? 0);
      this.buildTail(seg2, rs.fwdOf(head2), s1, c1 + 1, n1, s2[n2 + 1] ?? 0);
    }
    const cost1 = rs.costOfSeg(seg1, r1, soft1, len1);
    const cost2 = rs.costOfSeg(seg2, r2, soft2, len2);
    if (cost1 + cost2 >= this.threshold) return false;
    const out1 = ctx.buf1;
    let k1 = 0;
    for (let k = 1; k <= c1; k++) out1[k1++] = s1[k] ?? 0;
    for (let k = c2 + 1; k <= n2; k++) out1[k1++] = s2[k] ?? 0;
    const out2 = ctx.buf2;
    let k2 = 0;
    for (let k = 1; k <= c2; k++) out2[k2++] = s2[k] ?? 0;
    for (let k = c1 + 1; k <= n1; k++) out2[k2++] = s1[k] ?? 0;
    return ctx.accept(r1, k1, r2, k2);
  }

  private buildTail(
    out: Seg,
    head: Seg,
    s: Int32Array,
    from: number,
    to: number,
    endDepot: number,
  ): void {
    const ops = this.ops;
    ops.copy(out, head);
    for (let k = from; k <= to; k++) ops.append(out, out, s[k] ?? 0);
    ops.append(out, out, endDepot);
  }

  private buildString(
    out: Seg,
    s: Int32Array,
    from: number,
    count: number,
    reverse: boolean,
  ): void {
    const ops = this.ops;
    if (reverse) {
      ops.setSingle(out, s[from + count - 1] ?? 0);
      for (let k = count - 2; k >= 0; k--) ops.append(out, out, s[from + k] ?? 0);
    } else {
      ops.setSingle(out, s[from] ?? 0);
      for (let k = 1; k < count; k++) ops.append(out, out, s[from + k] ?? 0);
    }
  }
}
