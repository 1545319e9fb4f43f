import { describe, expect, it } from 'vitest';
import { parseCellDate, parsePartyKind } from './cell-values';

describe('parseCellDate', () => {
  it.each([
    ['2025-03-01', { date: '2025-03-01' }],
    ['2025/3/1', { date: '2025-03-01' }],
    ['2025.3.1', { date: '2025-03-01' }],
    ['2025年3月1日', { date: '2025-03-01' }],
    ['２０２５年３月１日', { date: '2025-03-01' }],
    ['20250301', { date: '2025-03-01' }],
    ['2025-03-01 00:00:00', { date: '2025-03-01' }],
    ['45717', { date: '2025-03-01' }],
    ['45717.5', { date: '2025-03-01' }],
    ['长期', { open: true }],
    ['', {}],
    ['/', {}],
    ['2025-02-30', { invalid: true }],
    ['三月一日', { invalid: true }],
  ])('%s', (cell, expected) => {
    expect(parseCellDate(cell)).toEqual(expected);
  });
});

describe('parsePartyKind', () => {
  it.each([
    ['法人及非法人组织', '法人及非法人组织'],
    ['法人', '法人及非法人组织'],
    ['法人和其他组织', '法人及非法人组织'],
    ['自然人', '自然人'],
    [' 个人 ', '自然人'],
    ['个体工商户', '个体工商户'],
    ['个体户', '个体工商户'],
    ['外星人', undefined],
    ['', undefined],
  ])('%s → %s', (cell, kind) => {
    expect(parsePartyKind(cell)).toBe(kind);
  });
});
