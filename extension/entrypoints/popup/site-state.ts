import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { originPattern } from '../../services/content-script-registration';

export type SiteStatus = 'loading' | 'unsupported' | 'disabled' | 'enabled' | 'error';

export const currentOrigin = signal<string | undefined>(undefined);
export const siteStatus = signal<SiteStatus>('loading');

/** Reads the active tab's site and whether the extension is enabled there. */
export async function loadCurrentSite(): Promise<void> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const pattern = tab?.url ? originPattern(tab.url) : undefined;
    currentOrigin.value = pattern;
    if (!pattern) {
      siteStatus.value = 'unsupported';
      return;
    }
    const granted = await browser.permissions.contains({ origins: [pattern] });
    siteStatus.value = granted ? 'enabled' : 'disabled';
  } catch (error) {
    console.error(error);
    siteStatus.value = 'error';
  }
}

/**
 * Asks the browser for this one site. The background registers the content script when the
 * permission arrives (permissions.onAdded), so nothing else needs to happen here.
 */
export async function enableCurrentSite(): Promise<void> {
  const pattern = currentOrigin.value;
  if (!pattern) return;
  const granted = await browser.permissions.request({ origins: [pattern] });
  siteStatus.value = granted ? 'enabled' : 'disabled';
}

export async function disableCurrentSite(): Promise<void> {
  const pattern = currentOrigin.value;
  if (!pattern) return;
  const removed = await browser.permissions.remove({ origins: [pattern] });
  if (removed) siteStatus.value = 'disabled';
}

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * Opens the side panel (Chrome `sidePanel`, Firefox `sidebarAction`). Must run in the click
 * handler itself: both browsers only open it in response to a user gesture.
 */
export async function openSidePanel(): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidebarAction) {
    await api.sidebarAction.open();
  } else if (api.sidePanel) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await api.sidePanel.open({ tabId: tab?.id, windowId: tab?.windowId });
  }
  window.close();
}
