import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../demo-site/server/server';
import {
  type ExtensionSession,
  launchChromiumWithExtension,
  waitForContentScriptRegistration,
} from '../browser/chromium';
import { demoUrl } from '../browser/demo-server';

const MARK = 'data-gongshi-extension';

describe('built extension in Chromium', () => {
  let session: ExtensionSession;
  // A second origin the e2e build was not given: the extension must stay out of it.
  let otherSite: DemoServer;

  beforeAll(async () => {
    session = await launchChromiumWithExtension();
    await waitForContentScriptRegistration(session.serviceWorker);
    otherSite = await startDemoServer({ host: '127.0.0.2', port: 0 });
  });
  afterAll(async () => {
    await session?.close();
    await otherSite?.close();
  });

  it('runs its content script in an enabled page', async () => {
    const page = await session.context.newPage();
    await page.goto(demoUrl('/feeds/'));
    await page.waitForSelector(`html[${MARK}="active"]`);
    await page.close();
  });

  it('runs in an about:srcdoc iframe added after load', async () => {
    const page = await session.context.newPage();
    await page.goto(demoUrl('/feeds/'));
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.title = 'editor';
      frame.srcdoc = '<p contenteditable="true">正文</p>';
      document.body.append(frame);
    });
    await page.frameLocator('iframe[title="editor"]').locator(`html[${MARK}="active"]`).waitFor();
    const frameUrls = page.frames().map((frame) => frame.url());
    expect(frameUrls).toContain('about:srcdoc');
    await page.close();
  });

  it("runs inside TinyMCE's editing iframe on the CMS page", async () => {
    const page = await session.context.newPage();
    await page.goto(demoUrl('/cms/'));
    const editor = page.frameLocator('iframe.tox-edit-area__iframe');
    await editor.locator(`html[${MARK}="active"]`).waitFor();
    await page.close();
  });

  it('stays out of a site that was not enabled', async () => {
    const page = await session.context.newPage();
    await page.goto(`${otherSite.url}/feeds/`);
    await page.waitForLoadState('load');
    // document_idle has passed once load fired and a task has run.
    await page.waitForTimeout(300);
    await expect(page.locator('html').getAttribute(MARK)).resolves.toBeNull();
    await page.close();
  });
});
