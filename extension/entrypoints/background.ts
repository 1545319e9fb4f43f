import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectAssistant, syncContentScripts } from '../services/content-script-registration';
import { HistoryDatabase, latestHistory, recordHistory } from '../services/history';
import { onMessage } from '../services/protocol';

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

  // The history lives here, in the extension's origin, never in a CMS page's storage.
  const history = new HistoryDatabase();
  onMessage('history.record', async (event) => {
    await recordHistory(history, event);
    return undefined;
  });
  onMessage('history.list', ({ limit }) => latestHistory(history, limit));

  // Chrome: the toolbar icon keeps opening the popup; the side panel opens from the popup.
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } }
  ).sidePanel;
  sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => {});
});
