/** One benchmark: measures and returns a Markdown section for docs/BENCHMARKS.md. */
export interface Benchmark {
  /** Stable id: the section marker in BENCHMARKS.md and the name for `npm run bench -- ID`. */
  readonly id: string;
  readonly title: string;
  /** The command that reproduces this section's figures. */
  readonly command: string;
  run(): Promise<string>;
}

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

/**
 * Times `fn` over several runs after warm-up. Reports the median (the figure to compare) and
 * the minimum (the least disturbed run): these machines are noisy, so compare figures taken in
 * the same run, as ratios, never absolute times across runs.
 */
export async function time(
  fn: () => unknown,
  { runs = 15, warmup = 3 }: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, runs };
}

export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/** A Markdown table from a header row and data rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
