import { describe, expect, it } from 'vitest';
import { hashIsOurs, linkHash, readLinkState } from './deep-link';

const at = (search: string, hash: string) => ({ search, hash }) as Location;

describe('deep links', () => {
  it.each([
    ['', '#gs-record=d1', { record: 'd1' }],
    ['?gs-record=d2', '', { record: 'd2' }],
    ['?gs-record=d2&page=7', '#gs-record=d3', { record: 'd3' }],
    ['?page=7&id=9', '#main', {}],
    ['', '#gs-q=%E7%BD%9A%E6%AC%BE&gs-agency=%E7%A4%BA%E4%BE%8B', { q: '罚款', agency: '示例' }],
    ['', '#gs-q=', {}],
  ])('reads %s %s', (search, hash, expected) => {
    expect(readLinkState(at(search, hash))).toEqual(expected);
  });

  it.each([
    [{ record: 'd1' }, '#gs-record=d1'],
    [{ q: '罚款', page: '' }, '#gs-q=%E7%BD%9A%E6%AC%BE'],
    [{}, '#'],
  ])('writes %j as %s', (state, hash) => {
    expect(linkHash(state)).toBe(hash);
  });

  it('round-trips what it writes', () => {
    const state = { q: '示例 县', agency: '示例县市场监督管理局', page: '3' };
    expect(readLinkState(at('', linkHash(state)))).toEqual(state);
  });

  it.each([
    ['#gs-record=d1', true],
    ['#main', false],
    ['', false],
  ])('%s is ours: %s', (hash, ours) => {
    expect(hashIsOurs(at('', hash))).toBe(ours);
  });
});
