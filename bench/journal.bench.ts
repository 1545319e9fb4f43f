import { createHash } from 'node:crypto';
import { canonicalJson, type JournalEntry, verifyJournal } from '../core/journal/index';
import { buildJournal } from '../core/journal/test-journal';
import { type Benchmark, formatMs, table, time } from './internal/benchmark';

const COUNT = 100_000;

export const journalBenchmark: Benchmark = {
  id: 'journal',
  title: 'Publishing record: append and verify 100,000 entries',
  command: 'npm run bench -- journal',
  async run() {
    let log: JournalEntry[] = [];
    const append = await time(
      async () => {
        log = buildJournal(COUNT);
      },
      { runs: 3, warmup: 1 },
    );
    const verify = await time(
      async () => {
        const result = verifyJournal(log);
        if (!result.ok) throw new Error('benchmark log does not verify');
      },
      { runs: 3, warmup: 1 },
    );
    // Floor: the hashing alone, synchronously with Node's native SHA-256, over the same
    // canonical bytes. Any hash chain pays at least this.
    const canonical = log.map(({ hash: _hash, ...rest }) => canonicalJson(rest));
    const floor = await time(
      () => {
        for (const text of canonical) createHash('sha256').update(text).digest('hex');
      },
      { runs: 5, warmup: 1 },
    );
    const ratio = (ms: number) => `${(ms / floor.medianMs).toFixed(1)}×`;
    return [
      `${COUNT.toLocaleString('en')} realistic entries (check, redaction, review opinion, publication),`,
      'each SHA-256-chained to the previous one through Web Crypto (the same code the extension runs).',
      '',
      table(
        ['operation', 'median', 'per entry', 'vs floor'],
        [
          [
            'append (build + hash + link)',
            formatMs(append.medianMs),
            `${((append.medianMs * 1000) / COUNT).toFixed(1)} µs`,
            ratio(append.medianMs),
          ],
          [
            'verify whole chain',
            formatMs(verify.medianMs),
            `${((verify.medianMs * 1000) / COUNT).toFixed(1)} µs`,
            ratio(verify.medianMs),
          ],
          [
            'floor: native sha256 of the same bytes',
            formatMs(floor.medianMs),
            `${((floor.medianMs * 1000) / COUNT).toFixed(1)} µs`,
            '1.0×',
          ],
        ],
      ),
    ].join('\n');
  },
};
