/**
 * Worker thread for `gongshi build` (see cli/site/build-worker.ts): the previous site carried
 * over into the new folder, empty files made ahead on a first build, the new files written
 * and hashed. Built by bin/gongshi.js as a sibling of main.js.
 */
import { parentPort } from 'node:worker_threads';
import type { BuildWorkerMessage, BuildWorkerReply } from './site/build-worker';
import { FilePool, mirrorSite, type WriteProgress, writeBatch } from './site/site-files';

let progress: WriteProgress = { hashes: [] };
const pool = new FilePool();

const reply = (message: BuildWorkerReply) => parentPort?.postMessage(message);

parentPort?.on('message', (message: BuildWorkerMessage) => {
  switch (message.kind) {
    case 'mirror':
      reply(mirrorSite(message));
      break;
    case 'pool':
      pool.fill(message);
      break;
    case 'batch':
      // After a failure the rest is not written: the build stops, and its folder is removed.
      writeBatch(message, progress, pool);
      break;
    case 'end':
      pool.drain();
      reply({ kind: 'written', ...progress });
      progress = { hashes: [] };
      break;
  }
});
