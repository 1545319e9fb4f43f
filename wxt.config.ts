import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Origins the e2e builds may touch without a permission prompt (`wxt build --mode e2e`, and
 * `-b firefox` for Firefox). Chromium grants `host_permissions` of an unpacked extension at
 * install, and Firefox grants the MV2 `permissions` they become there, so the browser tests
 * need no click on a prompt; the normal builds ask per site from the popup.
 */
const E2E_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * The organisation build (`GONGSHI_ORIGINS=https://cms.a.gov.cn,https://cms.b.gov.cn
 * npm run build:extension -- --mode org`): the organisation's CMS origins become
 * `host_permissions`, granted at install with no prompt, so a force-installed copy runs on
 * them for every clerk. See docs/DEPLOYMENT.md.
 */
function organisationOrigins(mode: string): string[] {
  if (mode !== 'org') return [];
  const origins = (process.env.GONGSHI_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      const url = new URL(origin);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`GONGSHI_ORIGINS: ${origin} is not an http(s) origin`);
      }
      return `${url.protocol}//${url.hostname}/*`;
    });
  if (origins.length === 0) {
    throw new Error(
      'The org build needs GONGSHI_ORIGINS, e.g. GONGSHI_ORIGINS=https://cms.a.gov.cn,https://cms.b.gov.cn',
    );
  }
  return origins;
}

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Explicit imports everywhere: readers see where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '公示助手 Gongshi',
    description: '在政府网站内容管理系统中发现并脱敏个人信息，阻止含个人信息的发布。',
    permissions: ['storage', 'scripting', 'activeTab'],
    // MV2 (Firefox) has no optional_host_permissions: the same origins go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    ...(mode === 'e2e' ? { host_permissions: E2E_ORIGINS } : {}),
    ...(mode === 'org' ? { host_permissions: organisationOrigins(mode) } : {}),
    // The organisation's settings from policy (chrome.storage.managed, "3rdparty" policy):
    // Chromium delivers them only to an extension that declares their schema.
    ...(browser !== 'firefox' ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
    // Firefox: a stable id for storage, and 128+ for registered scripts in the page's world
    // (MAIN) and in about:blank/about:srcdoc frames (matchOriginAsFallback). Keep the README's
    // "Firefox 128 or later" in step with this.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gongshi@gongshi.example',
              strict_min_version: '128.0',
              // Nothing leaves the browser: the extension makes no network request.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
