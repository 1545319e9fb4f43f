import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchChromiumWithExtension } from '../browser/chromium';
import { demoUrl } from '../browser/demo-server';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
/** Chromium on Linux reads machine policy from here (Chrome: /etc/opt/chrome/policies/managed). */
const POLICY_DIR = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: SHA-256 of its path, hex digits as a–p. */
function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}

// Issue 14 item 1: IT sets the organisation's configuration by policy, and a clerk who never
// opened the popup finds the assistant on the CMS and the organisation's settings in place.
// The host is granted by the organisation build (origins in host_permissions, granted at
// install with no prompt); the settings come from the "3rdparty" policy as managed storage.
// Opt-in for this file only: the policy file names this test's own copy of the extension (its
// own id), so other browser tests running at the same time never see it.
describe('central roll-out by policy', () => {
  let session: ExtensionSession;
  let extensionDir: string;
  let policyFile: string;

  beforeAll(async () => {
    const origin = new URL(demoUrl()).origin;
    // The documented command, with the demo CMS as the organisation's CMS.
    await run('npx', ['wxt', 'build', '--mode', 'org'], {
      cwd: root,
      env: { ...process.env, GONGSHI_ORIGINS: origin },
    });
    const manifest = JSON.parse(
      await readFile(join(root, '.output/chrome-mv3-org/manifest.json'), 'utf8'),
    );
    expect(manifest.host_permissions).toEqual([`${new URL(origin).protocol}//127.0.0.1/*`]);
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });

    extensionDir = await mkdtemp(join(tmpdir(), 'gongshi-managed-ext-'));
    await cp(join(root, '.output/chrome-mv3-org'), extensionDir, { recursive: true });
    await mkdir(POLICY_DIR, { recursive: true });
    policyFile = join(POLICY_DIR, `gongshi-e2e-${unpackedExtensionId(extensionDir)}.json`);
    await writeFile(
      policyFile,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [unpackedExtensionId(extensionDir)]: {
              cmsOrigins: [origin],
              policyProfile: 'national-2018',
              operatorSource: 'fixed',
              operatorName: '示例县市场监管局 信息员丙',
              reviewerRoster: ['法制股 王某', '法制股 赵某'],
              retentionDays: 1825,
            },
          },
        },
      }),
    );
    session = await launchChromiumWithExtension(extensionDir);
  });

  afterAll(async () => {
    await session?.close();
    if (policyFile) await rm(policyFile, { force: true });
    if (extensionDir) await rm(extensionDir, { recursive: true, force: true });
  });

  it('runs on the configured CMS with no prompt and applies the organisation settings', async () => {
    expect(session.extensionId).toBe(unpackedExtensionId(extensionDir));
    const worker = session.serviceWorker;
    type Chrome = {
      storage: {
        managed: { get(k: null): Promise<object> };
        local: { get(k: string): Promise<Record<string, unknown>> };
      };
      permissions: { getAll(): Promise<{ origins?: string[] }> };
    };
    // The browser delivered the policy to this extension, and granted the CMS origin.
    const managed = await worker.evaluate(async () =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.managed.get(null),
    );
    expect(managed).toMatchObject({ policyProfile: 'national-2018' });
    const granted = await worker.evaluate(async () =>
      (globalThis as unknown as { chrome: Chrome }).chrome.permissions.getAll(),
    );
    expect(granted.origins).toContain('http://127.0.0.1/*');

    // No popup, no 在此网站启用, no permission prompt: the assistant is on the CMS page.
    const cms = await session.context.newPage();
    await cms.goto(demoUrl('/cms/textarea.html?sample=major'));
    await cms.waitForSelector('gongshi-assistant .panel[data-findings]');

    // The organisation's settings are in force: fixed operator, retention, profile, roster.
    await expect
      .poll(() =>
        worker.evaluate(async () =>
          (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('journalSettings'),
        ),
      )
      .toEqual({ journalSettings: { operator: '示例县市场监管局 信息员丙', retentionDays: 1825 } });
    const tabId = await worker.evaluate(async (url) => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url: string }>> } };
        }
      ).chrome;
      return (await api.tabs.query({})).find((tab) => tab.url === url)?.id;
    }, cms.url());
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => panel.locator('#profile').inputValue()).toBe('national-2018');
    const review = panel.getByRole('region', { name: '法制审核' });
    const reviewer = review.getByLabel('审核人', { exact: true });
    await reviewer.waitFor();
    expect(await reviewer.locator('option').allTextContents()).toEqual([
      '请从审核人员名册中选择',
      '法制股 王某',
      '法制股 赵某',
    ]);
    await panel.getByText('由单位统一配置').first().waitFor();
    await panel.close();
    await cms.close();
  });
});
