import type { CommandIO } from '../command';
import { threadsFor } from './options';
import type { FileResult, FileTask } from './process-file';
import { Progress } from './progress';
import { runTasks } from './worker-pool';

export interface FilesRunOptions {
  /** --jobs, or every core. */
  readonly jobs: number;
  /** True when --jobs was given: then it is used whatever the files' size. */
  readonly explicitJobs: boolean;
  /** Shown with the progress (扫描 / scanning). */
  readonly verb: string;
  /** The command's name, for the error lines (gongshi scan: …). */
  readonly command: string;
}

export interface FilesRun {
  /** One result per task, in task order. */
  readonly results: readonly FileResult[];
  /** Items of personal data found (for redact: replaced) in all files. */
  readonly found: number;
  /** The results that carry an error, each already reported on stderr. */
  readonly failed: readonly FileResult[];
}

/**
 * What `scan` and `redact` share: the threads for these files, every task run with progress
 * on stderr, and each file that failed reported there.
 */
export async function runFiles(
  tasks: readonly FileTask[],
  io: CommandIO,
  options: FilesRunOptions,
): Promise<FilesRun> {
  const threads = await threadsFor(
    tasks.map((task) => task.path),
    options.jobs,
    options.explicitJobs,
  );
  const progress = new Progress(io.stderr, tasks.length, options.verb);
  let done = 0;
  let found = 0;
  const results = await runTasks(tasks, {
    jobs: threads,
    onResult(result) {
      done++;
      found += result.found;
      progress.update(done, found);
    },
  });
  progress.finish();
  const failed = results.filter((result) => result.error);
  for (const result of failed) io.stderr.write(`gongshi ${options.command}: ${result.error}\n`);
  return { results, found, failed };
}
