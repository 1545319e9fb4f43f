import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journalSettingsItem } from './journal';
import {
  applyManagedPolicy,
  managedConfigItem,
  managedOriginStatus,
  operatorFor,
  parseManagedConfig,
  readManagedPolicy,
  watchManagedPolicy,
} from './managed-config';
import { settingsItem } from './settings';

const POLICY = {
  cmsOrigins: ['https://cms.a.gov.cn', 'https://cms.b.gov.cn/admin/edit.jsp'],
  policyProfile: 'national-2018',
  operatorSource: 'fixed',
  operatorName: '示例县市场监管局 信息员甲',
  reviewerRoster: ['法制股 李某', '法制股 王某'],
  retentionDays: 1825,
};

describe('parseManagedConfig', () => {
  it.each<[string, Record<string, unknown>, object, string[]]>([
    [
      'a full policy',
      POLICY,
      {
        cmsOrigins: ['https://cms.a.gov.cn/*', 'https://cms.b.gov.cn/*'],
        policyProfile: 'national-2018',
        operatorSource: 'fixed',
        operatorName: '示例县市场监管局 信息员甲',
        reviewerRoster: ['法制股 李某', '法制股 王某'],
        retentionDays: 1825,
      },
      [],
    ],
    ['nothing', {}, {}, []],
    [
      'an invalid origin',
      { cmsOrigins: ['ftp://x', 'cms'] },
      { cmsOrigins: [] },
      ['cmsOrigins', 'cmsOrigins'],
    ],
    ['an unknown profile', { policyProfile: 'mars-2099' }, {}, ['policyProfile']],
    [
      'fixed with no name',
      { operatorSource: 'fixed' },
      { operatorSource: 'ask-once' },
      ['operatorName'],
    ],
    ['a negative retention', { retentionDays: -1 }, {}, ['retentionDays']],
  ])('%s', (_name, raw, config, fields) => {
    const parsed = parseManagedConfig(raw);
    expect(parsed.config).toEqual(config);
    expect(parsed.problems.map((problem) => problem.field)).toEqual(fields);
  });
});

describe('applying the managed policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('overrides the clerk settings it names and keeps the rest', async () => {
    await settingsItem.setValue({
      redactionStyle: 'staff',
      alwaysRedact: ['张某'],
      alwaysAllow: [],
      policyProfile: 'luzhou-2018',
    });
    await journalSettingsItem.setValue({ operator: '自己填的名字', retentionDays: 0 });
    await fakeBrowser.storage.managed.set(POLICY);

    await applyManagedPolicy(await readManagedPolicy());

    expect(await settingsItem.getValue()).toMatchObject({
      redactionStyle: 'staff',
      alwaysRedact: ['张某'],
      policyProfile: 'national-2018',
      reviewerRoster: ['法制股 李某', '法制股 王某'],
    });
    expect(await journalSettingsItem.getValue()).toEqual({
      operator: '示例县市场监管局 信息员甲',
      retentionDays: 1825,
    });
    const managed = await managedConfigItem.getValue();
    // A clerk who types another name later still records as the fixed operator.
    expect(operatorFor(managed, '自己填的名字')).toBe('示例县市场监管局 信息员甲');
  });

  it('leaves the operator to the clerk with ask-once', async () => {
    await journalSettingsItem.setValue({ operator: '信息员乙', retentionDays: 0 });
    await applyManagedPolicy({ operatorSource: 'ask-once', operatorName: '不用' });
    expect((await journalSettingsItem.getValue()).operator).toBe('信息员乙');
    expect(operatorFor(await managedConfigItem.getValue(), '信息员乙')).toBe('信息员乙');
  });

  it('hears a policy change in the managed area only', async () => {
    const onChange = vi.fn();
    watchManagedPolicy(onChange);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(onChange).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ policyProfile: 'national-2018' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('says which configured origins the browser granted', async () => {
    // The fake browser has no permission model: the org build granted cms.a only.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
      async ({ origins }) => origins?.[0] === 'https://cms.a.gov.cn/*',
    );
    await expect(
      managedOriginStatus({ cmsOrigins: ['https://cms.a.gov.cn/*', 'https://cms.b.gov.cn/*'] }),
    ).resolves.toEqual([
      { origin: 'https://cms.a.gov.cn/*', granted: true },
      { origin: 'https://cms.b.gov.cn/*', granted: false },
    ]);
  });
});
