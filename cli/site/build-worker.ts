import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Mirrored, SiteFilesMessage, Written } from './site-files';

/** What the build sends its worker thread. */
export type BuildWorkerMessage = SiteFilesMessage;

/** What the worker sends back, one reply per job that asks for one. */
export type BuildWorkerReply = Mirrored | Written;

/**
 * The worker entry, a sibling of the CLI bundle (bin/gongshi.js builds cli/*.worker.ts next
 * to main.js). Absent when the CLI runs from sources (tests): the work then stays here.
 */
function workerScript(): URL | undefined {
  const url = new URL('./build.worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * `gongshi build`'s second thread (cli/build.worker.ts), for the file work on the other
 * core: it carries the previous site over into the new folder as hard links while this
 * thread imports and checks, and writes the new files while this thread renders. Started
 * first thing, so that it has loaded by the time there is work for it. One reply of each
 * kind is awaited at a time.
 *
 * The sheets' import and the check stay in this thread: tried on the bench's 40 sheets
 * with the worker claiming every other one, a first build took more CPU (two cold engines
 * compiling the same code) and no less time on 2 busy cores. So does the privacy engine:
 * tried with a third thread scanning every text ahead (the sheets' records sent to it as
 * their import cache entries, the check and the pages only looking findings up), a first
 * build took a quarter of a second more CPU and no less time. The second core is not
 * idle: V8 compiles the hot functions there, and this worker makes and writes the files.
 */
export class BuildWorker {
  private readonly waiting = new Map<BuildWorkerReply['kind'], (reply: BuildWorkerReply) => void>();
  private readonly failed: Promise<never>;
  private stopped = false;

  private constructor(private readonly worker: Worker) {
    this.failed = new Promise<never>((_, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`build worker stopped (exit code ${code})`)));
    });
    // Every reply races this; once the worker is stopped on purpose, nobody awaits it.
    this.failed.catch(() => undefined);
    worker.on('message', (reply: BuildWorkerReply) => {
      const resolve = this.waiting.get(reply.kind);
      this.waiting.delete(reply.kind);
      resolve?.(reply);
    });
  }

  /** The worker, or undefined when the CLI runs from its sources. */
  static async start(): Promise<BuildWorker | undefined> {
    const script = workerScript();
    if (!script) return undefined;
    // Loaded here, not on import: only a build needs worker_threads.
    const { Worker } = await import('node:worker_threads');
    return new BuildWorker(new Worker(script));
  }

  /** Sends a job; `expect` names the reply it gives, which the promise resolves to. */
  send(message: BuildWorkerMessage): void;
  send<T extends BuildWorkerReply>(message: BuildWorkerMessage, expect: T['kind']): Promise<T>;
  send<T extends BuildWorkerReply>(
    message: BuildWorkerMessage,
    expect?: T['kind'],
  ): Promise<T> | undefined {
    let reply: Promise<T> | undefined;
    if (expect) {
      reply = Promise.race([
        new Promise<T>((resolve) =>
          this.waiting.set(expect, resolve as (reply: BuildWorkerReply) => void),
        ),
        this.failed,
      ]);
      reply.catch(() => undefined);
    }
    this.worker.postMessage(message);
    return reply;
  }

  /** Stops the thread (whatever it was doing: a build that failed). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.worker.terminate();
  }
}
