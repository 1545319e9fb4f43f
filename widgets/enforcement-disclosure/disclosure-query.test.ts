import { describe, expect, it } from 'vitest';
import { readDocument } from '../../core/privacy/reading/document-reading';
import { scanText } from '../../core/privacy/scan';
import type { DecisionRecord } from '../../core/records/index';
import { NATIONAL_2018 } from '../../core/rules/policy-profile';
import {
  listableRecords,
  mayShowMinor,
  minorsReadBy,
  runQuery,
  SearchIndex,
  SortOrder,
} from './disclosure-query';

const AS_OF = '2026-01-10';

function record(id: string, overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id,
    category: '行政处罚',
    documentNumber: `示罚〔2025〕${id}号`,
    party: { name: `示例县${id}商店`, kind: '法人及非法人组织' },
    agency: { name: '示例县市场监督管理局' },
    content: '罚款人民币1000元',
    decisionDate: '2025-06-01',
    publicationDate: '2025-06-05',
    publicityEndDate: '2028-06-01',
    ...overrides,
  };
}

describe('listableRecords', () => {
  it.each<[string, Partial<DecisionRecord>, boolean]>([
    ['published', {}, true],
    ['withdrawn (shows its notice)', { withdrawal: { date: '2025-07-01', reason: '撤销' } }, true],
    ['expired', { publicityEndDate: '2025-12-31' }, false],
    ['not yet published', { publicationDate: '2026-02-01' }, false],
    ['on a minor', { party: { name: '张某', kind: '自然人', minorAtDecision: true } }, false],
    [
      'no end date but older than the longest publicity period',
      { decisionDate: '2022-06-01', publicationDate: '2022-06-05', publicityEndDate: undefined },
      false,
    ],
    [
      'on a minor shown by the full text only',
      {
        party: { name: '张某', kind: '自然人' },
        fullText: '当事人：张小明\n出生日期：2009年1月2日\n\n示例县市场监督管理局\n2025年6月1日',
      },
      false,
    ],
    [
      'on an adult, whose full text says so',
      {
        party: { name: '张某', kind: '自然人' },
        fullText: '当事人：张大明\n出生日期：1985年1月2日\n\n示例县市场监督管理局\n2025年6月1日',
      },
      true,
    ],
  ])('%s → %s', (_name, overrides, listed) => {
    const result = listableRecords(
      [record('1', overrides)],
      AS_OF,
      NATIONAL_2018.publicity,
      scanText,
    );
    expect(result.length === 1).toBe(listed);
  });
});

describe('runQuery', () => {
  const records = [
    record('1', { decisionDate: '2025-03-01' }),
    record('2', { decisionDate: '2025-09-01', agency: { name: '示例县生态环境局' } }),
    record('3', { decisionDate: '2025-06-01', category: '行政许可', content: '准予食品经营许可' }),
    record('4', {
      decisionDate: '2025-05-01',
      party: { name: '张三，身份证号110101199003078515', kind: '自然人' },
    }),
  ];
  // Stands in for the privacy engine: the widget searches redacted text only.
  const index = new SearchIndex((text) => (text ?? '').replace(/\d{17}[\dX]/g, '[已删除]'));
  const ids = (query: Parameters<typeof runQuery>[1]) =>
    runQuery(records, query, index).map((entry) => entry.id);

  it.each<[string, Parameters<typeof runQuery>[1], string[]]>([
    ['newest first', { sort: SortOrder.decisionDesc }, ['2', '3', '4', '1']],
    ['oldest first', { sort: SortOrder.decisionAsc }, ['1', '4', '3', '2']],
    ['by agency', { sort: SortOrder.decisionDesc, agency: '示例县生态环境局' }, ['2']],
    ['by category', { sort: SortOrder.decisionDesc, category: '行政许可' }, ['3']],
    [
      'by date range',
      { sort: SortOrder.decisionDesc, from: '2025-04-01', to: '2025-06-30' },
      ['3', '4'],
    ],
    ['by text, all terms', { sort: SortOrder.decisionDesc, text: '食品  许可' }, ['3']],
    ['full-width text', { sort: SortOrder.decisionDesc, text: '３商店' }, ['3']],
    [
      'a leaked ID number finds nothing',
      { sort: SortOrder.decisionDesc, text: '110101199003078515' },
      [],
    ],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe('mayShowMinor', () => {
  const closing = '\n\n示例县市场监督管理局\n2025年6月1日';
  const person = (fullText: string, party: Partial<DecisionRecord['party']> = {}) =>
    record('1', { party: { name: '张某', kind: '自然人', ...party }, fullText });

  // Each shows readDocument a minor party: the list must wait for the reading layer.
  it.each([
    ['an age', `当事人：张小明\n年龄：16${closing}`],
    ['a 生日 label', `当事人：张小明\n生日：2009年5月3日${closing}`],
    ['a full-width ID', `当事人：张小明\n身份证号：５１０５２１２００９０５０３００２X${closing}`],
    ['a spaced ID', `当事人：张小明\n身份证号：510521 2009 0503 002X${closing}`],
  ])('sees %s that the reading layer reads as a minor', (_name, text) => {
    expect(readDocument(text).minors.length).toBeGreaterThan(0);
    expect(mayShowMinor(person(text))).toBe(true);
    expect(
      mayShowMinor(record('1', { party: { name: '张某', kind: '自然人' }, facts: text })),
    ).toBe(true);
    expect(listableRecords([person(text)], AS_OF, undefined, minorsReadBy(readDocument))).toEqual(
      [],
    );
  });

  it('checks a party the feed says is an adult: the text outranks the flag', () => {
    const text = `当事人：张小明\n出生日期：2009年1月2日${closing}`;
    expect(mayShowMinor(person(text, { minorAtDecision: false }))).toBe(true);
    expect(mayShowMinor(person(text, { minorAtDecision: true }))).toBe(false);
  });

  it('lets texts without a birth date, age or ID number through, and organisations', () => {
    expect(mayShowMinor(person(`当事人：张大明\n住址：示例县幸福路8号${closing}`))).toBe(false);
    expect(mayShowMinor(record('1', { fullText: `当事人：张小明\n年龄：16${closing}` }))).toBe(
      false,
    );
  });
});

describe('minorsReadBy', () => {
  it.each([
    ['当事人：张小明\n出生日期：2009年1月2日\n\n示例县市场监督管理局\n2025年6月1日', false],
    ['当事人：张大明\n出生日期：1985年1月2日\n\n示例县市场监督管理局\n2025年6月1日', true],
  ])('lists as the whole scanner does: %s', (fullText, listed) => {
    const records = [record('1', { party: { name: '张某', kind: '自然人' }, fullText })];
    for (const scan of [scanText, minorsReadBy(readDocument)]) {
      expect(listableRecords(records, AS_OF, NATIONAL_2018.publicity, scan).length === 1).toBe(
        listed,
      );
    }
  });
});
