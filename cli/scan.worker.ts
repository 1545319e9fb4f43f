/**
 * Worker thread for `gongshi scan` and `gongshi redact`: processes one file per message.
 * Built by bin/gongshi.js as a sibling of main.js (see cli/privacy/worker-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { type FileTask, processFile } from './privacy/process-file';

parentPort?.on('message', (task: FileTask) => {
  void processFile(task).then((result) => parentPort?.postMessage(result));
});
