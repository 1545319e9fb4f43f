import { nextEntry } from './chain';
import type { JournalEntry, JournalEntryInput } from './entry';

/** @internal Builds a chained log of `count` realistic entries for tests and benchmarks. */
export function buildJournal(count: number, start = Date.UTC(2026, 0, 5, 1)): JournalEntry[] {
  const kinds = ['check', 'redaction', 'review-opinion', 'publication'] as const;
  const entries: JournalEntry[] = [];
  let previous: JournalEntry | undefined;
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const input: JournalEntryInput = {
      kind,
      at: new Date(start + i * 60_000).toISOString(),
      site: 'cms.shili.gov.cn',
      documentNumber: `示市监罚〔2026〕${Math.floor(i / 4) + 1}号`,
      operator: '信息员甲',
      details:
        kind === 'redaction'
          ? {
              findings: 2,
              kinds: ['resident-id', 'mobile'],
              previews: ['5105**********1X', '138****5678'],
            }
          : { findings: 2, result: kind },
    };
    previous = nextEntry(previous, input);
    entries.push(previous);
  }
  return entries;
}
