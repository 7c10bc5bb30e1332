// The process's peak resident memory over a stretch of work, sampled from a worker thread: an
// import on SQLite never yields to the event loop, so a timer on the main thread would only ever
// see the memory before and after it.
import { Worker } from 'node:worker_threads';

export interface PeakSampler {
  /** The highest RSS, in bytes, since the sampler started or was last reset. */
  peak(): number;
  reset(): void;
  stop(): Promise<void>;
}

const sampler = `
const { workerData } = require('node:worker_threads');
const cell = new Int32Array(workerData);
setInterval(() => {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(cell, 0)) Atomics.store(cell, 0, kb);
}, 5);
`;

export function startPeakSampler(): PeakSampler {
  const shared = new SharedArrayBuffer(4);
  const cell = new Int32Array(shared);
  const worker = new Worker(sampler, { eval: true, workerData: shared });
  worker.unref();
  return {
    peak: () => Math.max(Atomics.load(cell, 0) * 1024, process.memoryUsage.rss()),
    reset: () => Atomics.store(cell, 0, Math.round(process.memoryUsage.rss() / 1024)),
    stop: async () => {
      await worker.terminate();
    },
  };
}
