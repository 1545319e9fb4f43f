import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectAssistant, syncContentScripts } from '../services/content-script-registration';
import {
  appendJournalEntries,
  JournalDatabase,
  journalSettingsItem,
  pruneStoredJournal,
} from '../services/journal';
import { historySaltItem, journalInputFor } from '../services/journal-events';
import {
  applyManagedPolicy,
  managedConfigItem,
  operatorFor,
  readManagedPolicy,
  watchManagedPolicy,
} from '../services/managed-config';
import { type HistoryEventInput, onMessage } from '../services/protocol';

export default defineBackground(() => {
  const sync = () => {
    syncContentScripts().catch((error: unknown) => {
      console.error('Gongshi: could not register the content script', error);
    });
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  // The organisation's policy (chrome.storage.managed): applied whenever the worker starts,
  // so a policy set before install, at browser start or while it runs all take effect.
  const applyPolicy = () => {
    readManagedPolicy()
      .then(applyManagedPolicy)
      .catch((error: unknown) => {
        console.error('Gongshi: could not apply the managed policy', error);
      });
  };
  applyPolicy();
  watchManagedPolicy(applyPolicy);

  onMessage('assistant.start', async (_data, sender) => {
    if (sender.tabId === undefined) return false;
    try {
      return await injectAssistant(sender.tabId, sender.frameId ?? 0);
    } catch (error) {
      // The frame navigated away, or is not injectable: the sentinel may ask again.
      console.warn('Gongshi: could not inject the assistant', error);
      return false;
    }
  });

  // The publishing record lives here, in the extension's origin, never in a CMS page's
  // storage; the side panel reads the same database.
  const journal = new JournalDatabase();
  // One append after the other, in the order the messages came: a publication recorded just
  // after a batch of redactions lands after them, though hashing it alone is quicker.
  let appending: Promise<unknown> = Promise.resolve();
  const record = (events: readonly HistoryEventInput[]) => {
    const append = async () => {
      const [settings, salt, managed] = await Promise.all([
        journalSettingsItem.getValue(),
        historySaltItem.getValue(),
        managedConfigItem.getValue(),
      ]);
      const context = { operator: operatorFor(managed, settings.operator), at: new Date(), salt };
      const inputs = await Promise.all(events.map((event) => journalInputFor(event, context)));
      await appendJournalEntries(journal, inputs);
    };
    const appended = appending.then(append);
    appending = appended.catch(() => {});
    return appended.then(() => undefined);
  };
  onMessage('history.record', (event) => record([event]));
  onMessage('history.recordMany', (events) => record(events));
  // The retention period, applied when the browser starts (default: keep forever).
  browser.runtime.onStartup.addListener(() => {
    void journalSettingsItem.getValue().then((settings) =>
      pruneStoredJournal(journal, {
        retentionDays: settings.retentionDays,
        now: new Date(),
        operator: settings.operator,
        site: 'extension',
      }),
    );
  });

  // Chrome: the toolbar icon keeps opening the popup; the side panel opens from the popup.
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } }
  ).sidePanel;
  sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => {});
});
