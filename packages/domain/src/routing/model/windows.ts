/** Start windows [earliest start, latest start] from whole-visit windows or an appointment. */
export function startWindowsOf(
  windows: { start: number; end: number }[] | undefined,
  appointment: number | undefined,
  duration: number,
): [number, number][] {
  if (appointment !== undefined) return [[appointment, appointment]];
  if (windows === undefined) return [];
  return windows
    .map((w): [number, number] => [w.start, w.end - duration])
    .filter(([s, e]) => e >= s)
    .sort((x, y) => x[0] - y[0]);
}
