import { describe, expect, it } from 'vitest';
import { completeRecord } from '../../test/support/complete-records';
import type { RecordsFeed } from '../feed/feed';
import { parseFeed } from '../feed/parse-feed';
import type { DecisionRecord } from '../records/decision-record';
import { LUZHOU_2018 } from '../rules/policy-profile';
import { generateSampleAgencies } from '../sample/sample-feed';
import { planSite, type SiteInput } from './plan-site';
import { recordPagePath, SitePath } from './site-paths';
import { DEFAULT_PAGE_TEMPLATE, parsePageTemplate } from './template';

const TODAY = '2025-06-01';
const agencies = generateSampleAgencies().slice(0, 2);

function record(id: string, patch: Partial<DecisionRecord> = {}): DecisionRecord {
  return completeRecord('行政处罚', {
    id,
    agency: { name: agencies[0]!.name, code: agencies[0]!.code! },
    documentNumber: `示市监罚〔2025〕${id}号`,
    ...patch,
  });
}

function feedOf(records: DecisionRecord[]): RecordsFeed {
  return {
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    publisher: { name: '示例县人民政府' },
    agencies,
    records,
  };
}

function plan(records: DecisionRecord[], patch: Partial<SiteInput> = {}) {
  const result = planSite({
    feed: feedOf(records),
    today: TODAY,
    generated: '2025-06-01T00:00:00Z',
    template: parsePageTemplate(DEFAULT_PAGE_TEMPLATE).template!,
    profile: LUZHOU_2018,
    shardAbove: 2000,
    ...patch,
  });
  const byPath = new Map(result.files.map((file) => [file.path, file]));
  return { ...result, byPath, page: (path: string) => byPath.get(path)!.render() };
}

describe('planSite: what the pages show', () => {
  it('passes every string through the privacy engine and escapes it', () => {
    const leaky = record('1', {
      facts: '经查，当事人（联系电话13812345678，身份证号110101199003077777）销售过期食品。',
      party: { name: '<img src=x onerror=alert(1)>商行', kind: '法人及非法人组织' },
    });
    const { page } = plan([leaky]);
    const html = page(recordPagePath(leaky));
    expect(html).not.toContain('13812345678');
    expect(html).not.toContain('110101199003077777');
    expect(html).toContain('【已脱敏】');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;商行');
  });

  it('lists only what the widget lists: no minors, nothing expired or unpublished', () => {
    const records = [
      record('1'),
      record('2', { party: { name: '张某', kind: '自然人', minorAtDecision: true } }),
      record('3', { publicityEndDate: '2025-05-01' }),
      record('4', { publicationDate: undefined }),
      record('5', { withdrawal: { date: '2025-04-01', reason: '已被复议撤销' } }),
    ];
    const { byPath, listed, page } = plan(records);
    expect(listed).toBe(2);
    expect(byPath.has(recordPagePath(records[0]!))).toBe(true);
    for (const hidden of records.slice(1, 4))
      expect(byPath.has(recordPagePath(hidden))).toBe(false);
    const withdrawn = page(recordPagePath(records[4]!));
    expect(withdrawn).toContain('撤回公示');
    expect(withdrawn).toContain('已被复议撤销');
    expect(withdrawn).not.toContain(records[4]!.facts!);
  });

  it('shows the correction history on the record page and marks it in the listing', () => {
    const corrected = record('1', {
      corrections: [
        {
          date: '2025-05-02',
          fields: ['amounts.fine'],
          reason: '金额录入错误',
          previous: { 'amounts.fine': '2 万元' },
        },
      ],
    });
    const { page } = plan([corrected]);
    const html = page(recordPagePath(corrected));
    expect(html).toContain('更正记录');
    expect(html).toContain('金额录入错误');
    expect(html).toContain('罚款金额：2 万元');
    expect(page('zfgs/11519999MB0JP50KA9/2025-03.html')).toContain('已更正');
  });

  it('writes a feed the widgets read, sharded by agency and month above the threshold', () => {
    const records = [
      record('1'),
      record('2', { decisionDate: '2025-04-02', publicationDate: '2025-04-03' }),
    ];
    const single = plan(records);
    expect(parseFeed(single.page(SitePath.feed)).feed?.kind).toBe('records');
    const sharded = plan(records, { shardAbove: 1 });
    const index = parseFeed(sharded.page(SitePath.feed)).feed;
    expect(index?.kind).toBe('index');
    const shards = index?.kind === 'index' ? index.shards : [];
    expect(shards.map((shard) => [shard.agency, shard.month, shard.recordCount])).toEqual([
      [agencies[0]!.name, '2025-03', 1],
      [agencies[0]!.name, '2025-04', 1],
    ]);
    for (const shard of shards) {
      expect(parseFeed(sharded.page(`feeds/${shard.url}`)).feed?.kind).toBe('records');
    }
  });

  it('writes snippets linking the static pages, a sitemap and a board per agency', () => {
    const { page, byPath } = plan([record('1')], { baseUrl: 'https://www.example.gov.cn/zfgs/' });
    const snippet = page('snippets/enforcement-disclosure.html');
    expect(snippet).toContain(
      '<enforcement-disclosure src="https://www.example.gov.cn/zfgs/feeds/gongshi.json">',
    );
    expect(snippet).toContain('href="https://www.example.gov.cn/zfgs/zfgs/jd/1.html"');
    expect(page(SitePath.sitemap)).toContain(
      '<loc>https://www.example.gov.cn/zfgs/zfgs/jd/1.html</loc>',
    );
    expect(byPath.has('zfzt/11519999MB0JP50KA9/board.html')).toBe(true);
    expect(byPath.has('tjnb/2025.html')).toBe(true);
  });
});

describe('planSite: fingerprints', () => {
  it('keeps every key when nothing changed, and changes only what a changed record touches', () => {
    const records = [
      record('1'),
      record('2', { decisionDate: '2025-04-02', publicationDate: '2025-04-03' }),
    ];
    const before = plan(records, { shardAbove: 1 });
    const again = plan(records, { shardAbove: 1, generated: '2025-06-02T00:00:00Z' });
    expect(again.files.map((file) => file.key)).toEqual(before.files.map((file) => file.key));

    const changed = [records[0]!, { ...records[1]!, content: '罚款人民币六千元' }];
    const after = plan(changed, { shardAbove: 1 });
    const differing = after.files
      .filter((file) => before.byPath.get(file.path)?.key !== file.key)
      .map((file) => file.path)
      .sort();
    expect(differing).toEqual(
      [
        // The snippets and the home page show 文号, party and date only: unchanged.
        'feeds/11519999MB0JP50KA9/2025-04.json',
        'zfgs/11519999MB0JP50KA9/2025-04.html',
        'zfgs/jd/2.html',
        // The year's statistics are keyed by the year's records, not aggregated to get a
        // key: rendered again, then kept by writeSite as its bytes are the same.
        'tjnb/2025.html',
      ].sort(),
    );
  });

  it('changes every page key when the template changes', () => {
    const records = [record('1')];
    const before = plan(records);
    const after = plan(records, {
      template: parsePageTemplate('<title>{{title}}</title><div>{{content}}</div>').template!,
    });
    expect(after.byPath.get(recordPagePath(records[0]!))!.key).not.toBe(
      before.byPath.get(recordPagePath(records[0]!))!.key,
    );
  });
});
