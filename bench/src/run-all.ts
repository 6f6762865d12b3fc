// Runs every benchmark section (or those named on the command line) and rewrites bench/REPORT.md,
// keeping the last figures of sections that were not run this time.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './section.ts';

const here = dirname(fileURLToPath(import.meta.url));
const reportPath = join(here, '..', 'REPORT.md');
const START = (id: string) => `<!-- section:${id} -->`;
const END = (id: string) => `<!-- /section:${id} -->`;

async function loadSections(): Promise<BenchSection[]> {
  const entries = await readdir(here, { withFileTypes: true });
  const sections: BenchSection[] = [];
  for (const entry of entries
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const mod = (await import(join(here, entry.name, 'bench.ts'))) as { default: BenchSection };
    sections.push(mod.default);
  }
  return sections;
}

function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Machine: ${cpus().length} cores (${cpu}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`;
}

async function readPrevious(): Promise<string> {
  try {
    return await readFile(reportPath, 'utf8');
  } catch {
    return '';
  }
}

function extract(previous: string, id: string): string | undefined {
  const start = previous.indexOf(START(id));
  const end = previous.indexOf(END(id));
  if (start < 0 || end < 0) return undefined;
  return previous.slice(start, end + END(id).length);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const sections = await loadSections();
  const unknown = wanted.filter((w) => !sections.some((s) => s.id === w));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench section(s): ${unknown.join(', ')}. Known: ${sections.map((s) => s.id).join(', ')}`,
    );
    process.exit(2);
  }
  const fresh = new Map<string, string>();
  for (const section of sections) {
    if (wanted.length > 0 && !wanted.includes(section.id)) continue;
    console.log(`\n== ${section.title} ==`);
    const started = Date.now();
    const body = await section.run((message) => {
      console.log(`  ${message}`);
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    fresh.set(
      section.id,
      `${START(section.id)}\n## ${section.title}\n\n_Run ${new Date().toISOString().slice(0, 10)} in ${seconds} s. ${machineLine()}_\n\n${body.trim()}\n${END(section.id)}`,
    );
  }
  // Read the report only now: a section run in another process meanwhile keeps its figures.
  const previous = await readPrevious();
  const parts = sections.map(
    (section) =>
      fresh.get(section.id) ??
      extract(previous, section.id) ??
      `${START(section.id)}\n## ${section.title}\n\nNot run yet.\n${END(section.id)}`,
  );
  const report = `# Benchmark report\n\nWritten by \`npm run bench\` (all sections) or \`npm run bench -- <section>\`. Do not edit by hand.\n\n${parts.join('\n\n')}\n`;
  await writeFile(reportPath, report);
  console.log(`\nWrote ${reportPath}`);
}

await main();
