import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each server test file builds its own database; PGlite instances are memory-hungry, so keep
    // the number of parallel files modest on small machines.
    maxWorkers: 2,
    projects: ['packages/domain', 'apps/server', 'apps/web'],
  },
});
