import { formatNumber, listFixtures, mean, readCsv, readFixture } from './fixtures.ts';
import type { SolomonRow } from './solomon-table.ts';
import { SOLOMON_CLASSES, solomonClassOf, solveVrptwFile } from './solomon-table.ts';

const POINTS: readonly { size: number; dir: string; limitsMs: number[] }[] = [
  { size: 200, dir: 'homberger/200', limitsMs: [10_000] },
  { size: 400, dir: 'homberger/400', limitsMs: [10_000] },
  { size: 1000, dir: 'homberger/1000', limitsMs: [10_000, 30_000] },
];

/** Gehring & Homberger instances, the first of each of the six classes per size. */
export function runScale(progress: (message: string) => void, solomon: SolomonRow[]): string {
  const bks = new Map(
    readCsv('bks-homberger.csv').map((r) => [(r.instance ?? '').toLowerCase(), r]),
  );
  const solomonClasses = SOLOMON_CLASSES.filter((cls) =>
    solomon.some((r) => solomonClassOf(r.name) === cls),
  ).join(', ');
  const lines = [
    `How solve time and quality grow with size: the first instance of each class (C1, C2, R1, R2, RC1, RC2) of the Gehring & Homberger sets, one run each, against their hierarchical best-known solutions (bks-homberger.csv); the 100-customer point is the Solomon table above (${solomonClasses}).`,
    '',
    '| customers | CPU limit (s) | instances | routes matched | mean route excess (%) | mean distance gap (%) | mean CPU s | all checked |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const summarize = (size: number, limit: number, rows: SolomonRow[]): string => {
    const matched = rows.filter((r) => r.vehicles <= r.bksVehicles).length;
    return `| ${size} | ${limit / 1000} | ${rows.length} | ${matched}/${rows.length} | ${formatNumber(mean(rows.map((r) => (r.vehicles / r.bksVehicles - 1) * 100)))} | ${formatNumber(mean(rows.map((r) => r.gapPercent)))} | ${formatNumber(mean(rows.map((r) => r.cpuSeconds)), 1)} | ${rows.every((r) => r.checked) ? 'yes' : 'NO'} |`;
  };
  lines.push(summarize(100, 10_000, solomon));
  const detail: string[] = [];
  for (const point of POINTS) {
    const files = listFixtures(point.dir).filter((f) => f.endsWith('_1.txt'));
    for (const limit of point.limitsMs) {
      const rows: SolomonRow[] = [];
      for (const file of files) {
        const name = file.replace(/\.txt$/, '');
        const ref = bks.get(name);
        const bksVehicles = Number(ref?.vehicles ?? NaN);
        const bksDistance = Number(ref?.distance ?? NaN);
        const result = solveVrptwFile(readFixture(point.dir, file), limit);
        const row: SolomonRow = {
          name,
          bksVehicles,
          bksDistance,
          ...result,
          gapPercent: (result.distance / bksDistance - 1) * 100,
        };
        rows.push(row);
        progress(
          `${name} (${limit / 1000} s): ${row.vehicles} routes (BKS ${bksVehicles}), distance ${formatNumber(row.distance)} (BKS ${bksDistance}, gap ${formatNumber(row.gapPercent)}%), ${formatNumber(row.cpuSeconds, 1)} s CPU, check ${row.checked ? 'ok' : `FAILED: ${row.problems.join(' | ')}`}`,
        );
        detail.push(
          `| ${name} | ${limit / 1000} | ${bksVehicles} | ${formatNumber(bksDistance)} | ${row.vehicles} | ${formatNumber(row.distance)} | ${formatNumber(row.gapPercent)} | ${formatNumber(row.cpuSeconds, 1)} | ${row.checked ? 'ok' : 'FAILED'} |`,
        );
      }
      lines.push(summarize(point.size, limit, rows));
    }
  }
  lines.push(
    '',
    'The distance gap compares plans with possibly more routes than the best known; it is only meaningful where the routes match.',
    '',
    '| instance | CPU limit (s) | BKS routes | BKS distance | routes | distance | gap (%) | CPU s | check |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...detail,
  );
  return lines.join('\n');
}
