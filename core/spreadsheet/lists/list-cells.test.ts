import { describe, expect, it } from 'vitest';
import {
  parseFees,
  parseLegalBasis,
  parseMaterials,
  parseSteps,
  parseTimeLimit,
  parseValidUntil,
  splitItems,
} from './list-cells';

describe('splitItems', () => {
  it.each([
    ['1.有经营场所；\n2.有管理制度', ['有经营场所', '有管理制度']],
    ['（一）负责执法；（二）组织检查。', ['负责执法', '组织检查']],
    ['①申请书\r\n②营业执照', ['申请书', '营业执照']],
    ['一、负责全县执法;二、依法查处', ['负责全县执法', '依法查处']],
    ['《食品安全法》第三十五条', ['《食品安全法》第三十五条']],
    ['', []],
    [undefined, []],
  ])('%j → %j', (text, items) => {
    expect(splitItems(text)).toEqual(items);
  });
});

describe('parseTimeLimit', () => {
  it.each([
    ['8个工作日', { value: 8, unit: '工作日' }],
    ['二十个工作日', { value: 20, unit: '工作日' }],
    ['20日', { value: 20, unit: '日' }],
    ['30天', { value: 30, unit: '日' }],
    ['24小时', { value: 24, unit: '小时' }],
    ['８个工作日（法定时限20个工作日）', { value: 8, unit: '工作日', note: '法定时限20个工作日' }],
    ['即办', { value: 0, unit: '工作日', note: '即办' }],
    ['尽快', undefined],
    [undefined, undefined],
  ])('%j → %j', (text, limit) => {
    expect(parseTimeLimit(text)).toEqual(limit);
  });
});

describe('parseValidUntil', () => {
  it.each([
    ['2028-12-31', { date: '2028-12-31' }],
    ['2022年1月1日至2027年12月31日', { date: '2027-12-31' }],
    ['2020-01-01～2025-06-30', { date: '2025-06-30' }],
    ['20281231', { date: '2028-12-31' }],
    ['47118', { date: '2028-12-31' }],
    ['长期', { open: true }],
    ['下个月', { invalid: true }],
    [undefined, {}],
  ])('%j → %j', (text, result) => {
    expect(parseValidUntil(text)).toEqual(result);
  });
});

describe('parseMaterials', () => {
  it('reads copies and remarks', () => {
    expect(
      parseMaterials('申请书（1份）；营业执照复印件 2份\n身份证明（原件核验）；平面图（一份）'),
    ).toEqual([
      { name: '申请书', copies: 1 },
      { name: '营业执照复印件', copies: 2 },
      { name: '身份证明', note: '原件核验' },
      { name: '平面图', copies: 1 },
    ]);
  });
});

describe('parseLegalBasis', () => {
  it('splits the title from the articles and marks a 裁量基准', () => {
    expect(
      parseLegalBasis('《中华人民共和国食品安全法》第三十四条；《某局行政处罚裁量基准》'),
    ).toEqual([
      { title: '中华人民共和国食品安全法', articles: '第三十四条' },
      { title: '某局行政处罚裁量基准', discretionStandard: true },
    ]);
  });
});

describe('parseSteps', () => {
  it('reads 名称（办理人，时限） steps joined by arrows', () => {
    expect(parseSteps('受理（窗口，1个工作日）→审查（承办科室，5个工作日）->决定', '某局')).toEqual(
      [
        { name: '受理', actor: '窗口', timeLimit: { value: 1, unit: '工作日' } },
        { name: '审查', actor: '承办科室', timeLimit: { value: 5, unit: '工作日' } },
        { name: '决定', actor: '某局' },
      ],
    );
  });

  it('reads 名称：办理人 lines', () => {
    expect(parseSteps('1.受理：窗口\n2.送达：承办科室，7日', '某局')).toEqual([
      { name: '受理', actor: '窗口' },
      { name: '送达', actor: '承办科室', timeLimit: { value: 7, unit: '日' } },
    ]);
  });
});

describe('parseFees', () => {
  it.each([
    ['否', '不收费'],
    ['免费', '不收费'],
    ['0元', '不收费'],
    ['按《某收费标准》每件50元', '按《某收费标准》每件50元'],
  ])('%s → %s', (text, fees) => {
    expect(parseFees(text)).toBe(fees);
  });
});
