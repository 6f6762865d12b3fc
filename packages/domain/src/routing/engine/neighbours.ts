/**
 * For every job, its `k` most related jobs (Vidal et al. 2013's correlation for time windows):
 * distance plus 0.2 x the waiting forced and 1.0 x the lateness forced when one directly follows
 * the other, the better of the two orders. Pairs no vehicle may serve together are left out.
 */
export function computeNeighbours(
  nJobs: number,
  nNodes: number,
  dist: Float64Array,
  time: Float64Array,
  service: Float64Array,
  early: Float64Array,
  late: Float64Array,
  canShareRoute: (a: number, b: number) => boolean,
  k: number,
): { neighbours: Int32Array; count: number } {
  const count = Math.max(0, Math.min(k, nJobs - 1));
  const neighbours = new Int32Array(nJobs * count);
  const scores = new Float64Array(nJobs);
  const idx = new Int32Array(nJobs);
  for (let u = 0; u < nJobs; u++) {
    let m = 0;
    for (let v = 0; v < nJobs; v++) {
      if (v === u) continue;
      const s = Math.min(score(u, v), score(v, u));
      scores[v] = canShareRoute(u, v) ? s : Infinity;
      idx[m++] = v;
    }
    const order = Array.from(idx.subarray(0, m)).sort(
      (x, y) => (scores[x] ?? 0) - (scores[y] ?? 0) || x - y,
    );
    for (let t = 0; t < count; t++) neighbours[u * count + t] = order[t] ?? 0;
  }
  return { neighbours, count };

  function score(a: number, b: number): number {
    const arc = a * nNodes + b;
    const t = time[arc] ?? 0;
    const sa = service[a] ?? 0;
    const wait = Math.max((early[b] ?? 0) - sa - t - (late[a] ?? 0), 0);
    const lateBy = Math.max((early[a] ?? 0) + sa + t - (late[b] ?? 0), 0);
    const d = dist[arc] ?? 0;
    return d + 0.2 * (Number.isFinite(wait) ? wait : 0) + (Number.isFinite(lateBy) ? lateBy : 1e9);
  }
}
