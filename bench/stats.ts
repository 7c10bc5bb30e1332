// Small helpers for benchmarks: timing, percentiles, and one printed line per figure.

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function timeEach<T>(
  inputs: T[],
  work: (input: T) => Promise<unknown>,
): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await work(input);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Wall-clock and CPU time of each run: on a busy shared machine the wall clock also counts time
 * spent waiting for a core, while the CPU time is what the work itself cost.
 */
export async function timeEachWithCpu<T>(
  inputs: T[],
  work: (input: T) => Promise<unknown>,
): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await work(input);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** Prints one figure: what, the measured value, the baseline from the same run, and their ratio. */
export function report(
  figure: string,
  value: string,
  baseline: string,
  ratio: string,
  verdict = '',
): void {
  console.log(
    `${figure.padEnd(44)} ${value.padStart(16)} ${baseline.padStart(22)} ${ratio.padStart(9)}  ${verdict}`,
  );
}

export function header(title: string): void {
  console.log(`\n== ${title}`);
  report('figure', 'value', 'baseline', 'ratio', 'target');
}

export function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

export function perSecond(value: number, unit: string): string {
  return `${Math.round(value).toLocaleString('en-US')} ${unit}/s`;
}
