import { storage } from 'wxt/utils/storage';
import { RedactionStyle } from './privacy';

/** The clerk's settings, shared by every site. */
export interface Settings {
  /** `public` (the strict form, default) deletes; `staff` keeps partial masks such as 139****1234. */
  readonly redactionStyle: RedactionStyle;
  /** Words always treated as personal data, e.g. the party's name in today's notices. */
  readonly alwaysRedact: readonly string[];
  /** Public numbers never reported, e.g. the agency's hotline or its fine-payment account. */
  readonly alwaysAllow: readonly string[];
  /** The deadlines' policy profile for the checklist (core/rules BUILT_IN_PROFILES id). */
  readonly policyProfile?: string;
  /**
   * The legal office's reviewers (审核人员名册). When not empty the reviewer is chosen from it,
   * not typed, and a review by anyone else does not let a major decision out.
   */
  readonly reviewerRoster?: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = {
  redactionStyle: RedactionStyle.public,
  alwaysRedact: [],
  alwaysAllow: [],
  policyProfile: 'luzhou-2018',
  reviewerRoster: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** What the clerk decided for one CMS host. */
export interface SiteRules {
  /** Values marked public on this site (its hotline, its account), from the panel. */
  readonly allow: readonly string[];
  /** Extra CSS selectors of this CMS's publish controls, when their text says nothing. */
  readonly publishSelectors: readonly string[];
}

export const EMPTY_SITE_RULES: SiteRules = { allow: [], publishSelectors: [] };

/** Per-host rules, keyed by host name (`cms.example.gov.cn`). */
export const siteRulesItem = storage.defineItem<Record<string, SiteRules>>('local:siteRules', {
  fallback: {},
  version: 1,
});

export async function siteRules(host: string): Promise<SiteRules> {
  const all = await siteRulesItem.getValue();
  return all[host] ?? EMPTY_SITE_RULES;
}

async function updateSiteRules(host: string, change: (rules: SiteRules) => SiteRules) {
  const all = await siteRulesItem.getValue();
  await siteRulesItem.setValue({ ...all, [host]: change(all[host] ?? EMPTY_SITE_RULES) });
}

/** Remembers a value as public on this site: it is never reported there again. */
export function markPublicOnSite(host: string, value: string): Promise<void> {
  return updateSiteRules(host, (rules) =>
    rules.allow.includes(value) ? rules : { ...rules, allow: [...rules.allow, value] },
  );
}

export function forgetPublicOnSite(host: string, value: string): Promise<void> {
  return updateSiteRules(host, (rules) => ({
    ...rules,
    allow: rules.allow.filter((allowed) => allowed !== value),
  }));
}

export function setPublishSelectors(host: string, selectors: readonly string[]): Promise<void> {
  const cleaned = [...new Set(selectors.map((selector) => selector.trim()).filter(Boolean))];
  return updateSiteRules(host, (rules) => ({ ...rules, publishSelectors: cleaned }));
}

/** The engine options for one host: global words and numbers plus the host's public values. */
export function scanOptionsFor(settings: Settings, rules: SiteRules) {
  return {
    allow: [...settings.alwaysAllow, ...rules.allow],
    alwaysRedact: [...settings.alwaysRedact],
  };
}

/** Splits a settings text area (one entry a line, or separated by commas) into entries. */
export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,，、;；]/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
}
