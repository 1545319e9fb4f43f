import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  category: '行政处罚',
  documentNumber: `示市监处罚〔2025〕${id}号`,
  party: { name: '示例县某某商贸有限公司', kind: '法人及非法人组织' },
  agency: { name: '示例县市场监督管理局' },
  content: '罚款人民币五千元',
  decisionDate: '2025-03-01',
  ...extra,
});

const feedWith = (records: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'gongshi-feed',
    version: 1,
    kind: 'records',
    publisher: { name: '示例县人民政府' },
    records,
    ...extra,
  });

describe('parseFeed: unusable files', () => {
  it.each([
    ['not JSON', '{"format": "gongshi-feed",', 'feed.invalid-json', '$'],
    ['a list', '[1, 2]', 'feed.not-object', '$'],
    ['another format', '{"format": "geojson"}', 'feed.wrong-format', 'format'],
    ['a newer version', feedWith([], { version: 2 }), 'feed.newer-version', 'version'],
    ['a version as text', feedWith([], { version: '1' }), 'feed.unsupported-version', 'version'],
    ['no publisher', feedWith([], { publisher: undefined }), 'feed.missing', 'publisher'],
    ['records not a list', feedWith([], { records: {} }), 'feed.not-list', 'records'],
  ])('%s → %s at %s', (_name, text, code, path) => {
    const { feed, problems } = parseFeed(text);
    expect(feed).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ code, path }));
    for (const problem of problems) {
      expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
      expect(problem.messageEn).toMatch(/[a-z]/);
    }
  });

  it('accepts a byte-order mark', () => {
    expect(parseFeed(`\uFEFF${feedWith([good('1')])}`).problems).toEqual([]);
  });
});

describe('parseFeed: one bad record never hides the rest', () => {
  it.each([
    ['a bad date', { decisionDate: '2025-02-30' }, 'records[1].decisionDate', 'feed.invalid-date'],
    ['an unknown category', { category: '行政奖励' }, 'records[1].category', 'feed.invalid-value'],
    ['no party', { party: undefined }, 'records[1].party', 'feed.missing'],
    [
      'a bad party kind',
      { party: { name: '张某', kind: '个人' } },
      'records[1].party.kind',
      'feed.invalid-value',
    ],
    ['a number for an id', { id: 7 }, 'records[1].id', 'feed.not-text'],
    ['not an object', 'oops', 'records[1]', 'feed.not-object'],
  ])('%s', (_name, patch, path, code) => {
    const bad = typeof patch === 'string' ? patch : good('2', patch);
    const { feed, problems } = parseFeed(feedWith([good('1'), bad, good('3')]));
    expect(feed?.kind).toBe('records');
    expect(feed?.kind === 'records' && feed.records.map((record) => record.id)).toEqual(['1', '3']);
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'records[1]', code: 'feed.item-skipped' }),
    );
  });

  it.each([
    [
      'a javascript: link',
      { platformUrl: 'javascript:alert(1)' },
      'records[0].platformUrl',
      'feed.unsafe-url',
    ],
    [
      'a float amount',
      { amounts: { fine: { value: 0.5, unit: '万元' } } },
      'records[0].amounts.fine.value',
      'feed.invalid-decimal',
    ],
    [
      'a bad publication date',
      { publicationDate: '2025/03/05' },
      'records[0].publicationDate',
      'feed.invalid-date',
    ],
  ])('keeps the record but drops %s', (_name, patch, path, code) => {
    const { feed, problems } = parseFeed(feedWith([good('1', patch)]));
    expect(feed?.kind === 'records' && feed.records).toHaveLength(1);
    expect(problems).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('counts the records it left out, not the problems found in them', () => {
    const broken = { id: 'x', category: '不存在的类别', party: 'nobody', decisionDate: 'x' };
    const { feed, problems, skippedRecords } = parseFeed(
      feedWith([good('1'), broken, { ...broken, id: 'y' }, good('1'), good('2', { remarks: 3 })]),
    );
    expect(problems.length).toBeGreaterThan(6);
    expect(feed?.kind === 'records' && feed.records.map((record) => record.id)).toEqual(['1', '2']);
    // Two invalid records and a repeated id; the record whose bad 备注 was dropped is shown.
    expect(skippedRecords).toBe(3);
    expect(parseFeed(feedWith([good('1')])).skippedRecords).toBe(0);
  });

  it('keeps the first of two records with the same id', () => {
    const { feed, problems } = parseFeed(feedWith([good('1'), good('1', { content: '警告' })]));
    expect(feed?.kind === 'records' && feed.records.map((record) => record.content)).toEqual([
      '罚款人民币五千元',
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'records[1]', code: 'feed.duplicate-id' }),
    );
  });

  it('treats empty strings as absent and ignores unknown fields', () => {
    const { feed, problems } = parseFeed(feedWith([good('1', { remarks: '', futureField: 1 })]));
    expect(problems).toEqual([]);
    expect(feed?.kind === 'records' && feed.records[0]).not.toHaveProperty('remarks');
    expect(feed?.kind === 'records' && feed.records[0]).not.toHaveProperty('futureField');
  });
});

describe('parseFeed: agency profiles', () => {
  it('drops an officer without a 执法证号 and keeps the agency', () => {
    const agency = {
      name: '示例县市场监督管理局',
      duties: ['市场监管'],
      powers: [],
      legalBasis: [],
      officers: [
        {
          name: '张某',
          certificateNumber: '51999900001',
          enforcementCategory: '市场监管',
          area: '全县',
        },
        { name: '李某', enforcementCategory: '市场监管', area: '全县' },
      ],
      randomInspections: [],
      procedures: [],
      serviceGuides: [],
      supervision: [{ kind: '投诉举报电话', value: '12315' }],
      remedies: [],
    };
    const { feed, problems } = parseFeed(feedWith([good('1')], { agencies: [agency] }));
    expect(feed?.agencies?.[0]?.officers.map((officer) => officer.name)).toEqual(['张某']);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'agencies[0].officers[1].certificateNumber',
        code: 'feed.missing',
      }),
    );
  });
});

describe('parseFeed: index feeds', () => {
  it('reads an index and infers a missing kind', () => {
    const { feed, problems } = parseFeed({
      format: 'gongshi-feed',
      version: 1,
      publisher: { name: '示例县人民政府' },
      shards: [{ url: '2025-03.json', month: '2025-03', recordCount: 12 }],
    });
    expect(feed?.kind).toBe('index');
    expect(problems.map((problem) => problem.code)).toEqual(['feed.missing']);
  });
});
