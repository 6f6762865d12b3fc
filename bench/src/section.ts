/** One benchmark section of bench/REPORT.md. Each folder under bench/src/ exports one as default from bench.ts. */
export interface BenchSection {
  /** Stable id, also the folder name: `npm run bench -- routing` runs only that section. */
  id: string;
  title: string;
  /** Runs the benchmark and returns the section's markdown body (tables, summary lines). */
  run(progress: (message: string) => void): Promise<string>;
}
