import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `gc` is only exposed behind --expose-gc; setting the flag at run time and reading `gc` from
// a fresh context is the documented way without changing how `npm run bench` starts node.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/**
 * Empties the young generation (a minor GC) so that the next call timed starts with none of
 * the previous call's garbage. In a round of contenders timed one after another, a call that
 * allocates a large string (every redaction) would otherwise pay for collecting what its
 * neighbour left: each call pays for the collections its own allocations trigger, no more.
 */
export function emptyYoungGeneration(): void {
  gc({ type: 'minor' });
}
