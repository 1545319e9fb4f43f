import { availableParallelism } from 'node:os';
import { UsageError } from '../command';

/** Files smaller than this in total are scanned in this thread: a worker costs ~40 ms to start. */
export const WORKER_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** --jobs N, default: every core. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number ≥ 1, got "${value}"`);
  return jobs;
}
