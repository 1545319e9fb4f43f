import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { UsageError } from '../command';

/**
 * Files smaller than this in total are processed in this thread. A worker costs ~40 ms to
 * start and warms the engine up again on its own, and two cold engines slow each other down
 * (V8 compiles on the same cores). On 2 cores, 40 files of generated decisions, `redact`
 * with 2 workers against 1 thread: 10 MB 415 vs 318 ms, 20 MB 471 vs 468, 40 MB 656 vs 699,
 * 160 MB 1508 vs 1874.
 *
 * Limit: `scan` sends every finding back from its worker, so it breaks even later (40 MB:
 * 749 vs 676 ms; 160 MB: 1887 vs 2018).
 */
export const WORKER_THRESHOLD_BYTES = 32 * 1024 * 1024;

/** --jobs N, default: every core. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(
      `--jobs 应为不小于 1 的整数（收到 "${value}"）/ --jobs must be a whole number ≥ 1, got "${value}"`,
    );
  return jobs;
}

/**
 * The worker threads to use for `paths`: `jobs` when given explicitly (--jobs) or when the
 * files come to WORKER_THRESHOLD_BYTES or more, else 1 (this thread). One file never needs
 * the sizes.
 */
export async function threadsFor(
  paths: readonly string[],
  jobs: number,
  explicit: boolean,
): Promise<number> {
  if (explicit) return jobs;
  if (paths.length < 2) return 1;
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (info) => info.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((total, size) => total + size, 0) >= WORKER_THRESHOLD_BYTES ? jobs : 1;
}
