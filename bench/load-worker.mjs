// A load generator in its own thread (plain JavaScript so a worker can start it without a loader): keeps N keep-alive requests in flight for a fixed time.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ url: string; urls?: string[]; seconds: number; concurrency: number }} */
const job = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
const deadline = Date.now() + job.seconds * 1000;
let done = 0;
let failed = 0;
let sent = 0;

function once() {
  return new Promise((resolve) => {
    http
      // With `urls`, each request asks for the next one in turn.
      .get(job.urls ? job.urls[sent++ % job.urls.length] : job.url, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode === 200) done += 1;
          else failed += 1;
          resolve();
        });
      })
      .on('error', () => {
        failed += 1;
        resolve();
      });
  });
}

async function loop() {
  while (Date.now() < deadline) await once();
}

const started = Date.now();
await Promise.all(Array.from({ length: job.concurrency }, loop));
agent.destroy();
parentPort?.postMessage({ requests: done, failed, seconds: (Date.now() - started) / 1000 });
