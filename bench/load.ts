// Runs the load generator thread against one URL and returns requests per second.
import { Worker } from 'node:worker_threads';

/** Requests per second to `url`, or to each of `url`'s list in turn. */
export async function measureThroughput(
  url: string | string[],
  options: { seconds: number; concurrency: number },
): Promise<number> {
  const target = Array.isArray(url) ? { url: url[0] ?? '', urls: url } : { url };
  const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), {
    workerData: { ...target, ...options },
  });
  const result = await new Promise<{ requests: number; failed: number; seconds: number }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  await worker.terminate();
  if (result.failed > 0) throw new Error(`${result.failed} requests to ${target.url} failed`);
  return result.requests / result.seconds;
}
