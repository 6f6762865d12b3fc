import { loadavg } from 'node:os';
import type { BenchSection } from '../section.ts';
import { runHomeCareDay } from './home-care-table.ts';
import { runMankowska } from './mankowska-table.ts';
import { runScale } from './scale-table.ts';
import { runSolomon } from './solomon-table.ts';

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');

/** Route optimizer benchmark: `npm run bench -- routing`. */
const section: BenchSection = {
  id: 'routing',
  title: 'Route optimizer (VRPTW, home health care)',
  async run(progress) {
    const startLoad = load();
    const solomon = runSolomon(progress);
    const mankowska = runMankowska(progress);
    const day = runHomeCareDay(progress);
    const scale = runScale(progress, solomon.rows);
    const endLoad = load();
    await Promise.resolve();
    return [
      `Time limits are CPU time of the solving thread's process (process.cpuUsage), so the figures mean "on one core" even on a shared machine; wall time is shown too. Load average (1/5/15 min) at start ${startLoad}, at end ${endLoad} on a 2-core machine shared with other work. Reproduce with \`npm run bench -- routing\`.`,
      '',
      '### Solomon VRPTW',
      '',
      solomon.markdown,
      '',
      '### Home health care (Mankowska et al. 2014)',
      '',
      mankowska,
      '',
      '### A home-care day',
      '',
      day,
      '',
      '### Scale',
      '',
      scale,
    ].join('\n');
  },
};

export default section;
