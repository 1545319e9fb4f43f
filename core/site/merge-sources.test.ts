import { describe, expect, it } from 'vitest';
import { completeRecord } from '../../test/support/complete-records';
import type { RecordsFeed } from '../feed/feed';
import type { DecisionRecord } from '../records/decision-record';
import { generateSampleAgencies } from '../sample/sample-feed';
import { applyImports } from '../spreadsheet/apply/apply-imports';
import { ColumnSet } from '../spreadsheet/columns';
import { formatCsv } from '../spreadsheet/csv';
import { exportRows } from '../spreadsheet/export-rows';
import { importSources } from './import-sources';
import { byDateAndId, mergeSources } from './merge-sources';

const TODAY = '2026-06-01';
const [agency, other] = generateSampleAgencies();
const record = completeRecord('行政处罚', {
  id: 'x',
  agency: { name: agency!.name, code: agency!.code! },
  amounts: { fine: { value: '2', unit: '万元' } },
});
const csv = (records: DecisionRecord[], extra?: [string, string]) => {
  const rows = exportRows(records, ColumnSet.penalty);
  if (extra) for (const [index, row] of rows.entries()) row.push(index === 0 ? extra[0] : extra[1]);
  return { name: '行政处罚.csv', bytes: new TextEncoder().encode(formatCsv(rows)) };
};
const feedFile = (feed: Partial<RecordsFeed>) => ({
  name: 'agencies.json',
  bytes: new TextEncoder().encode(
    JSON.stringify({
      format: 'gongshi-feed',
      version: 1,
      kind: 'records',
      publisher: { name: '示例县人民政府' },
      records: [],
      ...feed,
    }),
  ),
});
const merge = (sources: Parameters<typeof importSources>[0], previous?: RecordsFeed) =>
  mergeSources(importSources(sources, { publicationDate: TODAY }), previous, {
    today: TODAY,
    publicationDate: TODAY,
  });

describe('mergeSources', () => {
  it('publishes the sheets’ new records on the build day, with the feeds’ agencies and publisher', () => {
    const { feed, applied } = merge([csv([record]), feedFile({ agencies: [agency!] })]);
    expect(applied.counts.added).toBe(1);
    expect(feed.records[0]!.publicationDate).toBe(TODAY);
    expect(feed.agencies?.map((profile) => profile.name)).toEqual([agency!.name]);
    expect(feed.publisher.name).toBe('示例县人民政府');
  });

  it('turns a re-imported change into a correction with its 更正原因, keeping the publication date', () => {
    const first = merge([csv([record])]).feed;
    const published = {
      ...first,
      records: first.records.map((r) => ({ ...r, publicationDate: '2026-01-05' })),
    };
    const changed = { ...record, amounts: { fine: { value: '2.5', unit: '万元' as const } } };
    const { feed, applied } = merge([csv([changed], ['更正原因', '金额录入错误'])], published);
    const corrected = feed.records[0]!;
    expect(applied.counts.corrected).toBe(1);
    expect(corrected.amounts?.fine?.value).toBe('2.5');
    expect(corrected.publicationDate).toBe('2026-01-05');
    expect(corrected.corrections).toEqual([
      expect.objectContaining({ date: TODAY, fields: ['amounts.fine'], reason: '金额录入错误' }),
    ]);
  });

  it('keeps the previous site’s records and agencies that no source mentions', () => {
    const previous: RecordsFeed = {
      format: 'gongshi-feed',
      version: 1,
      kind: 'records',
      publisher: { name: '示例县人民政府' },
      agencies: [agency!],
      records: [{ ...record, id: 'kept', publicationDate: '2025-03-05' }],
    };
    const { feed } = merge([feedFile({})], previous);
    expect(feed.records.map((r) => r.id)).toEqual(['kept']);
    expect(feed.agencies).toEqual([agency]);
  });

  it('stops on two feeds disagreeing about one agency', () => {
    const { problems } = merge([
      feedFile({ agencies: [agency!] }),
      { ...feedFile({ agencies: [{ ...agency!, address: '另一个地址' }] }), name: 'b.json' },
    ]);
    expect(problems.map((problem) => problem.code)).toEqual(['source.agency-conflict']);
  });

  describe('applies the sheets to their own agencies’ records only, as applying them to all would', () => {
    const theirs = { ...record, id: 'theirs', agency: { name: other!.name, code: other!.code! } };
    const changed = { ...record, amounts: { fine: { value: '3', unit: '万元' as const } } };
    const imported = importSources([csv([changed])], { publicationDate: TODAY });
    const incomingId = imported.workbooks[0]!.sheets[0]!.records[0]!.id;
    it.each([
      ['another agency’s records beside them', [theirs]],
      // Ids are 32-bit hashes: should a row's id be another agency's record's, all go through.
      ['another agency’s record with the same id as a row', [{ ...theirs, id: incomingId }]],
    ])('with %s', (_, others) => {
      const previous: RecordsFeed = {
        format: 'gongshi-feed',
        version: 1,
        kind: 'records',
        publisher: { name: '示例县人民政府' },
        agencies: [agency!, other!],
        records: [
          { ...record, publicationDate: '2026-01-05' },
          ...others.map((r) => ({ ...r, publicationDate: '2026-01-05' })),
        ],
      };
      const { feed, applied } = mergeSources(imported, previous, {
        today: TODAY,
        publicationDate: TODAY,
      });
      const reference = applyImports(
        { records: previous.records, agencies: previous.agencies! },
        imported.workbooks,
        { date: TODAY },
      );
      expect(feed.records).toEqual([...reference.records].sort(byDateAndId));
      expect(applied.changes).toEqual(reference.changes);
    });
  });
});
