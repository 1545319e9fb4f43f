import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { type Checklist, publicationChecklist, todayInChina } from '../../services/checklist';
import {
  type ManagedConfig,
  type ManagedProblem,
  managedConfigItem,
} from '../../services/managed-config';
import { type PageSummary, sendTabMessage } from '../../services/protocol';
import { draftRecord } from '../../services/record-draft';
import {
  DEFAULT_SETTINGS,
  type Settings,
  type SiteRules,
  settingsItem,
  siteRules,
  siteRulesItem,
} from '../../services/settings';
import { loadJournalSettings, refreshJournal } from './journal-state';

/** The active tab's page as its content script describes it (masked, redacted). */
export const page = signal<PageSummary | undefined>(undefined);
/** Why there is no page summary (extension not enabled there, no editor…). */
export const pageProblem = signal<string | undefined>(undefined);
export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const currentSiteRules = signal<SiteRules | undefined>(undefined);
export const notice = signal('');
/** The organisation's policy as last applied by the background (null: none). */
export const managed = signal<{ config: ManagedConfig; problems: ManagedProblem[] } | null>(null);

/** The record being published, read from the page's form and body. */
export const pageRecord = computed(() => {
  const summary = page.value;
  return summary ? draftRecord({ fields: summary.record, body: summary.body }) : undefined;
});

/** The publication checklist of the record on the page, from the core rules. */
export const checklist = computed<Checklist | undefined>(() => {
  const record = pageRecord.value;
  if (!record) return undefined;
  return publicationChecklist(record, {
    today: todayInChina(),
    profileId: settings.value.policyProfile,
    minorOnPage: page.value?.minor !== undefined,
  });
});

/**
 * The tab the panel describes: the active tab of its window, or `?tabId=` when the panel
 * page is opened as a tab of its own (automated tests, or a clerk pinning it).
 */
async function activeTabId(): Promise<number | undefined> {
  const pinned = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(pinned) && pinned > 0) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function refreshPage(): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  try {
    const summary = await sendTabMessage(tabId, 'page.summary', undefined);
    if (!summary) throw new Error('no answer');
    page.value = summary;
    pageProblem.value = undefined;
    currentSiteRules.value = await siteRules(summary.host);
  } catch {
    page.value = undefined;
    pageProblem.value =
      '当前页面没有运行公示助手：请在弹出窗口中为此网站启用，或打开内容管理系统的编辑页面。';
  }
}

export async function redactAllOnPage(): Promise<void> {
  const tabId = await activeTabId();
  if (tabId === undefined) return;
  const result = await sendTabMessage(tabId, 'page.redactAll', undefined);
  notice.value = `已脱敏 ${result.redacted} 处，剩余 ${result.remaining} 处。`;
  await refreshPage();
}

export async function saveSettings(change: Partial<Settings>): Promise<void> {
  const next = { ...settings.value, ...change };
  settings.value = next;
  await settingsItem.setValue(next);
  notice.value = '设置已保存。';
}

export async function saveSiteRules(host: string, rules: SiteRules): Promise<void> {
  const all = await siteRulesItem.getValue();
  await siteRulesItem.setValue({ ...all, [host]: rules });
  currentSiteRules.value = rules;
  notice.value = `已保存 ${host} 的设置。`;
}

// The page changes as the clerk types; the panel follows at a calm pace.
const REFRESH_MS = 1500;

/** Loads everything and keeps it current while the side panel is open. */
export function startSidePanel(): void {
  void settingsItem.getValue().then((value) => {
    settings.value = { ...DEFAULT_SETTINGS, ...value };
  });
  settingsItem.watch((value) => {
    settings.value = { ...DEFAULT_SETTINGS, ...value };
  });
  void managedConfigItem.getValue().then((value) => {
    managed.value = value;
  });
  managedConfigItem.watch((value) => {
    managed.value = value;
  });
  void refreshPage();
  void loadJournalSettings().then(refreshJournal);
  browser.tabs.onActivated.addListener(() => void refreshPage());
  browser.tabs.onUpdated.addListener((_id, info) => {
    if (info.status === 'complete') void refreshPage();
  });
  // A closed side panel is unloaded, so polling only runs while the clerk can see it.
  setInterval(() => {
    void refreshPage();
    void refreshJournal();
  }, REFRESH_MS);
}
