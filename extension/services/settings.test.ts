import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  forgetPublicOnSite,
  markPublicOnSite,
  parseList,
  scanOptionsFor,
  setPublishSelectors,
  settingsItem,
  siteRules,
} from './settings';

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('defaults to the strict public redaction style with empty lists', async () => {
    await expect(settingsItem.getValue()).resolves.toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.redactionStyle).toBe('public');
  });

  it('keeps public values per site, once each, and forgets them on request', async () => {
    await markPublicOnSite('cms.a.gov.cn', '0830-3102315');
    await markPublicOnSite('cms.a.gov.cn', '0830-3102315');
    await markPublicOnSite('cms.b.gov.cn', '12345');
    await expect(siteRules('cms.a.gov.cn')).resolves.toEqual({
      allow: ['0830-3102315'],
      publishSelectors: [],
    });
    await forgetPublicOnSite('cms.a.gov.cn', '0830-3102315');
    await expect(siteRules('cms.a.gov.cn')).resolves.toMatchObject({ allow: [] });
    await expect(siteRules('cms.b.gov.cn')).resolves.toMatchObject({ allow: ['12345'] });
  });

  it('stores a site’s publish selectors cleaned and deduplicated', async () => {
    await setPublishSelectors('cms.a.gov.cn', [' #btnSend ', '', '#btnSend', '.publish']);
    await expect(siteRules('cms.a.gov.cn')).resolves.toMatchObject({
      publishSelectors: ['#btnSend', '.publish'],
    });
  });

  it('gives the engine global and site values together', () => {
    const options = scanOptionsFor(
      { redactionStyle: 'public', alwaysRedact: ['王某明'], alwaysAllow: ['12345'] },
      { allow: ['0830-3102315'], publishSelectors: [] },
    );
    expect(options).toEqual({ allow: ['12345', '0830-3102315'], alwaysRedact: ['王某明'] });
  });
});

describe('parseList', () => {
  it.each([
    ['王某明\n李某', ['王某明', '李某']],
    ['王某明，李某、张某; 王某明', ['王某明', '李某', '张某']],
    ['  \n , ', []],
  ])('%j → %j', (text, expected) => {
    expect(parseList(text)).toEqual(expected);
  });
});
