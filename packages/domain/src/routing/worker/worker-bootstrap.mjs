// Worker-thread entry: teaches this thread TypeScript (tsx), then loads the real worker module.
// A plain .mjs file so that `new Worker(...)` works the same under tsx (server, CLI) and vitest.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker-entry.ts', import.meta.url).href);
