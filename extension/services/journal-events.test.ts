import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historySaltItem, journalInputFor, saltedHash } from './journal-events';

const ID = '510521198503121230';
const context = {
  operator: '信息员甲',
  at: new Date('2026-11-28T02:00:00Z'),
  salt: 'install-salt',
};

describe('journalInputFor', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps kind, position, masked preview and a salted hash, never the value', async () => {
    const input = await journalInputFor(
      {
        site: 'cms.a.gov.cn',
        action: 'redacted',
        kind: 'resident-id',
        preview: '5***************30',
        position: 42,
        value: ID,
        documentNumber: '示市监罚〔2026〕15号',
        agency: '示例县市场监督管理局',
      },
      context,
    );
    expect(input).toMatchObject({
      kind: 'redaction',
      site: 'cms.a.gov.cn',
      operator: '信息员甲',
      documentNumber: '示市监罚〔2026〕15号',
      agency: '示例县市场监督管理局',
      details: { action: 'redacted', kind: 'resident-id', position: 42, hash: expect.any(String) },
    });
    expect(JSON.stringify(input)).not.toContain(ID);
  });

  it.each([
    ['blocked', 'check'],
    ['ignored', 'finding-resolution'],
    ['marked-public', 'finding-resolution'],
    ['undone', 'finding-resolution'],
    ['published-anyway', 'override'],
    ['published-clean', 'publication'],
    ['review-recorded', 'review-opinion'],
  ] as const)('%s is a %s entry', async (action, kind) => {
    const input = await journalInputFor({ site: 's', action }, context);
    expect(input.kind).toBe(kind);
  });

  it('carries review details', async () => {
    const input = await journalInputFor(
      { site: 's', action: 'review-recorded', details: { opinion: '同意', reviewer: '李某' } },
      context,
    );
    expect(input.details).toEqual({ action: 'review-recorded', opinion: '同意', reviewer: '李某' });
  });

  it('hashes the same value alike within an install, and differently under another salt', async () => {
    const salt = await historySaltItem.getValue();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    await expect(saltedHash(ID, salt)).resolves.toBe(await saltedHash(ID, salt));
    await expect(saltedHash(ID, 'another-install')).resolves.not.toBe(await saltedHash(ID, salt));
  });
});
