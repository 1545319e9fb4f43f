import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { syncContentScripts } from '../services/content-script-registration';

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
});
