import { describe, expect, it } from 'vitest';
import { nextEntry } from './chain';
import type { JournalEntry, JournalEntryInput, JournalEntryKind } from './entry';
import { deskFigures, deskFiguresCsv, UNKNOWN_AGENCY } from './figures';

function log(events: [JournalEntryKind, string, string | undefined, number?][]): JournalEntry[] {
  const entries: JournalEntry[] = [];
  for (const [kind, at, agency, count] of events) {
    const input: JournalEntryInput = {
      kind,
      at,
      site: 'cms.shili.gov.cn',
      operator: '信息员甲',
      ...(agency ? { agency } : {}),
      details: count === undefined ? {} : { count },
    };
    entries.push(nextEntry(entries.at(-1), input));
  }
  return entries;
}

const MARKET = '示例县市场监督管理局';
const FIRE = '示例县消防救援大队';

describe('deskFigures', () => {
  const entries = log([
    ['check', '2026-01-05T02:00:00Z', MARKET],
    ['redaction', '2026-01-05T02:01:00Z', MARKET, 3],
    ['publication', '2026-01-05T02:02:00Z', MARKET],
    ['override', '2026-01-06T02:00:00Z', FIRE],
    ['publication', '2026-01-06T02:01:00Z', FIRE],
    // 17:00 UTC on 31 January is 1 February in China.
    ['publication', '2026-01-31T17:00:00Z', MARKET],
    ['redaction', '2026-02-02T01:00:00Z', undefined],
    ['publication', '2025-12-30T01:00:00Z', MARKET],
  ]);

  it('counts per China-time month and agency, redactions by items removed', () => {
    expect(deskFigures(entries, { year: 2026 })).toEqual([
      { month: '2026-01', agency: MARKET, publications: 1, redactions: 3, overrides: 0 },
      { month: '2026-01', agency: FIRE, publications: 1, redactions: 0, overrides: 1 },
      { month: '2026-02', agency: MARKET, publications: 1, redactions: 0, overrides: 0 },
      { month: '2026-02', agency: UNKNOWN_AGENCY, publications: 0, redactions: 1, overrides: 0 },
    ]);
  });

  it('includes every year without a filter', () => {
    expect(deskFigures(entries)[0]).toMatchObject({ month: '2025-12', publications: 1 });
  });

  it('exports CSV with a total row', () => {
    const csv = deskFiguresCsv(deskFigures(entries, { year: 2026 }));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF月份,执法单位,公开发布,脱敏处数,强制发布',
      `2026-01,${MARKET},1,3,0`,
      `2026-01,${FIRE},1,0,1`,
      `2026-02,${MARKET},1,0,0`,
      `2026-02,${UNKNOWN_AGENCY},0,1,0`,
      '合计,,3,4,1',
      '',
    ]);
  });

  it('writes an agency that looks like a formula as text, not as a live formula', () => {
    const agency = '=HYPERLINK("http://example.com/x","点击查看")';
    const figures = deskFigures(log([['publication', '2026-01-05T02:00:00Z', agency]]));
    const [, row] = deskFiguresCsv(figures).split('\r\n');
    expect(row).toBe(`2026-01,"'=HYPERLINK(""http://example.com/x"",""点击查看"")",1,0,0`);
  });
});
