import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe';
import { withChromium } from '../../test/browser/browser-suite';
import { demoUrl } from '../../test/browser/demo-server';
import { recordRequests } from '../../test/browser/network';
import { AGENCY, AS_OF, decision, manyRecords, recordsFeed } from '../testing/feeds';
import {
  ACCESSIBILITY_SETTINGS,
  focusedInside,
  mountPage,
  openRecord,
  shadowHtml,
  shadowText,
} from '../testing/page';

const TAG = 'enforcement-disclosure';
const widget = (attributes = 'src="/test/feed.json"') =>
  `<${TAG} ${attributes} as-of="${AS_OF}" report-url="/test/report"><p>请<a href="/feeds/">查看全部执法决定公示</a>。</p></${TAG}>`;

const records = [
  ...manyRecords(25),
  decision(100, {
    id: 'withdrawn',
    documentNumber: '示市监处罚〔2025〕撤1号',
    withdrawal: { date: '2025-12-01', reason: '处罚决定已被依法撤销' },
  }),
  decision(101, {
    id: 'expired',
    documentNumber: '示市监处罚〔2023〕9号',
    publicityEndDate: '2025-01-01',
  }),
  decision(102, {
    id: 'corrected',
    category: '行政征收',
    documentNumber: '示市监征〔2025〕3号',
    fullText: '征收决定书全文：依法征收……',
    platformUrl: 'https://zfgs.example.gov.cn/record/3',
    corrections: [
      {
        date: '2025-11-01',
        fields: ['amounts.fine'],
        reason: '经核实金额录入错误',
        previous: { 'amounts.fine': '2000 元' },
      },
    ],
  }),
];
const feed = recordsFeed(records);

describe('<enforcement-disclosure>', () => {
  const chromium = withChromium();

  it('renders a page of current decisions, hiding expired ones', async () => {
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    const items = page.locator(`${TAG} li[part~="item"]`);
    await items.first().waitFor();
    expect(await items.count()).toBe(10);
    const text = await shadowText(page, TAG);
    expect(text).toContain('共 27 条');
    expect(text).not.toContain('示市监处罚〔2023〕9号');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders the fallback markup when there is no feed, and its heading', async () => {
    const { page } = await mountPage(chromium.browser, { body: widget('') });
    await page.locator(`${TAG} h2`).waitFor();
    expect(await page.locator(`${TAG} h2`).textContent()).toBe('行政执法决定公示');
    expect(await page.locator(`${TAG} a[href="/feeds/"]`).isVisible()).toBe(true);
    await page.context().close();
  });

  it.each(ACCESSIBILITY_SETTINGS)(
    'is accessible (%s, large text and high contrast: %s)',
    async (lang, large) => {
      const { page } = await mountPage(chromium.browser, {
        lang,
        body: widget(),
        feeds: { '/test/feed.json': feed },
        largeHighContrast: large,
      });
      await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await openRecord(page, TAG, 'corrected');
      await page.locator(`${TAG} #report-open`).click();
      await page.locator(`${TAG} #report-title`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('follows the page language when a 简/繁 toggle changes it', async () => {
    const { page } = await mountPage(chromium.browser, { body: widget('') });
    await page.locator(`${TAG} h2`).waitFor();
    await page.evaluate(() => {
      document.documentElement.lang = 'zh-Hant';
    });
    await page.waitForFunction(
      (tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent ===
        '行政執法決定公示',
      TAG,
    );
    await page.context().close();
  });

  it('goes from the list to a record and back by keyboard alone', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    const firstId = await page.locator(`${TAG} li[part~="item"] a`).first().getAttribute('data-id');
    // Tab from the top of the page until the first record link has focus.
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      if ((await focusedInside(page, TAG)) === firstId) break;
    }
    expect(await focusedInside(page, TAG)).toBe(firstId);
    await page.keyboard.press('Enter');
    await page.locator(`${TAG} #detail-title`).waitFor();
    // Focus moved to the record's heading, so a screen reader announces it.
    await expect.poll(() => focusedInside(page, TAG)).toBe('detail-title');
    expect(page.url()).toContain(`gs-record=${firstId}`);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInside(page, TAG)).toBe('button');
    await page.keyboard.press('Enter');
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    // Back in the list, focus returns to the record the visitor opened.
    await expect.poll(() => focusedInside(page, TAG)).toBe(firstId);
    await page.context().close();
  });

  it('opens a shared link to a record, with its full text, corrections and platform link', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: '',
      feeds: { '/test/feed.json': feed },
    });
    await page.evaluate(() => history.replaceState(null, '', '#gs-record=corrected'));
    await page.evaluate((html) => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', html);
    }, widget());
    await page.locator(`${TAG} #detail-title`).waitFor();
    const text = await shadowText(page, TAG);
    expect(text).toContain('征收决定书全文');
    expect(text).toContain('经核实金额录入错误');
    expect(text).toContain('2000 元');
    expect(
      await page.locator(`${TAG} a[href="https://zfgs.example.gov.cn/record/3"]`).count(),
    ).toBe(1);
    await page.context().close();
  });

  it('shows a withdrawn decision as its notice and reason only', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await page.locator(`${TAG} #q`).fill('撤1号');
    await page.locator(`${TAG} a[data-id="withdrawn"]`).click();
    await page.locator(`${TAG} #detail-title`).waitFor();
    const text = await shadowText(page, TAG);
    expect(text).toContain('处罚决定已被依法撤销');
    expect(text).toContain('撤回公示');
    expect(text).not.toContain('罚款人民币');
    await page.context().close();
  });

  it('filters by search text, agency and deep-linked filters', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await page.locator(`${TAG} #q`).fill('商贸有限公司7');
    await expect.poll(() => page.locator(`${TAG} li[part~="item"]`).count()).toBe(1);
    await expect.poll(() => page.url()).toContain('gs-q=');
    await page.locator(`${TAG} #q`).fill('');
    await page.locator(`${TAG} #agency`).selectOption(AGENCY);
    await expect.poll(async () => shadowText(page, TAG)).toContain('共 15 条');
    // The address now carries the filter: a fresh page opened with it shows the same list.
    const url = page.url();
    const second = await page.context().newPage();
    await second.goto(url);
    await second.evaluate((html) => {
      document.body.innerHTML = `<main>${html}</main>`;
    }, widget());
    await second.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
    await expect.poll(async () => shadowText(second, TAG)).toContain('共 15 条');
    await page.context().close();
  });

  it('sends a 纠错 report with the record filled in', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    const received: string[] = [];
    await page.route(demoUrl('/test/report'), async (route) => {
      received.push(route.request().postData() ?? '');
      await route.fulfill({ status: 204 });
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await openRecord(page, TAG, 'd3');
    await page.locator(`${TAG} #report-open`).click();
    await page.locator(`${TAG} button[type="submit"]`).click();
    // Empty description: the error summary takes focus.
    await expect.poll(() => focusedInside(page, TAG)).toBe('report-errors');
    await page.locator(`${TAG} #report-description`).fill('罚款金额应为 1003 元');
    await page.locator(`${TAG} button[type="submit"]`).click();
    await expect.poll(async () => shadowText(page, TAG)).toContain('已提交');
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('d3');
    expect(received[0]).toContain('罚款金额应为 1003 元');
    await page.context().close();
  });

  it('renders markup and script URLs in every string field as inert text', async () => {
    const attack = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
    const evil = decision(1, {
      id: 'evil',
      documentNumber: attack,
      documentTitle: attack,
      party: { name: attack, kind: '法人及非法人组织', legalRepresentative: attack },
      agency: { name: attack },
      decisionKind: attack,
      violationType: attack,
      facts: attack,
      basis: attack,
      content: attack,
      conclusion: attack,
      remarks: attack,
      fullText: attack,
      platformUrl: 'javascript:window.__pwned=1',
      attachments: [{ title: attack, url: 'javascript:window.__pwned=1' }],
      corrections: [
        { date: '2025-06-01', fields: [attack], reason: attack, previous: { [attack]: attack } },
      ],
    });
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': recordsFeed([evil]) },
    });
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await page.locator(`${TAG} li[part~="item"] a`).first().click();
    await page.locator(`${TAG} #detail-title`).waitFor();
    expect(await shadowText(page, TAG)).toContain('<img src=x onerror=');
    const markup = await shadowHtml(page, TAG);
    expect(markup).not.toMatch(/href="javascript:/i);
    expect(await page.locator(`${TAG} img, ${TAG} script`).count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no ID or phone number that a feed carries by mistake', async () => {
    const leak =
      '当事人张三，身份证号110101199003078515，联系电话13812345678，住址示例县幸福路8号，手机138-1234-5678';
    const leaky = decision(1, {
      id: 'leaky',
      party: { name: leak, kind: '自然人', legalRepresentative: leak },
      decisionKind: leak,
      violationType: leak,
      facts: leak,
      basis: leak,
      content: leak,
      conclusion: leak,
      remarks: leak,
      fullText: leak,
      corrections: [
        { date: '2025-06-01', fields: ['facts'], reason: leak, previous: { facts: leak } },
      ],
    });
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': recordsFeed([leaky]) },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await page.locator(`${TAG} #q`).fill('110101199003078515');
    await expect.poll(async () => shadowText(page, TAG)).toContain('没有符合条件');
    await page.locator(`${TAG} #q`).fill('');
    await page.locator(`${TAG} li[part~="item"] a`).first().click();
    await page.locator(`${TAG} #detail-title`).waitFor();
    const markup = await shadowHtml(page, TAG);
    for (const secret of ['110101199003078515', '13812345678', '138-1234-5678', '1381234']) {
      expect(markup).not.toContain(secret);
    }
    await page.context().close();
  });

  it('does not list a minor’s decision, and redacts a person’s address cell in a party table', async () => {
    const closing = '\n\n示例县市场监督管理局\n2025年11月20日';
    // The feed does not flag the minor: the decision's own party block shows it.
    const minor = decision(1, {
      id: 'minor',
      documentNumber: '示市监处罚〔2025〕未1号',
      party: { name: '王某', kind: '自然人' },
      fullText: `当事人：王小明\n出生日期：2010年5月3日\n住址：示例县幸福路12号${closing}`,
    });
    const table = decision(2, {
      id: 'table',
      documentNumber: '示市监处罚〔2025〕表2号',
      party: { name: '张某', kind: '自然人', minorAtDecision: false },
      fullText: `当事人\t张大海\n性别\t男\n地址\t示例县城关镇幸福路12号3单元602室\n证人\t刘小芳${closing}`,
    });
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': recordsFeed([minor, table]) },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    expect(await page.locator(`${TAG} li[part~="item"]`).count()).toBe(1);
    const list = await shadowText(page, TAG);
    expect(list).not.toContain('未1号');
    expect(list).toContain('表2号');
    await page.locator(`${TAG} li[part~="item"] a`).first().click();
    await page.locator(`${TAG} #detail-title`).waitFor();
    const markup = await shadowHtml(page, TAG);
    expect(markup).not.toContain('幸福路12号3单元602室');
    expect(markup).not.toContain('刘小芳');
    expect(markup).toContain('示例县【已脱敏】');
    await page.context().close();
  });

  it('reports a malformed feed clearly and keeps its valid records', async () => {
    const broken = recordsFeed([
      decision(1),
      { id: 'bad', category: '不存在的类别', party: 'nobody' },
      decision(2),
    ]);
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': broken },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    const text = await shadowText(page, TAG);
    expect(text).toContain('1 条记录未显示');
    expect(await page.locator(`${TAG} li[part~="item"]`).count()).toBe(2);
    await page.context().close();
  });

  // Three broken records carry 15 problems between them, one very broken record 22: the
  // visitor is told how many decisions are missing, the webmaster gets the problems.
  const broken = (id: string) => ({ id, category: '不存在的类别', party: 'nobody' });
  const veryBroken = {
    ...broken('worst'),
    agency: 5,
    decisionDate: 'x',
    publicationDate: 'y',
    amounts: 6,
    licence: 7,
    validFrom: 8,
    validTo: 9,
    documentNumber: 11,
    facts: 14,
    basis: 15,
    content: 16,
  };
  it.each([
    ['zh-CN', [broken('a'), broken('b'), broken('c')], '3 条记录未显示'],
    ['zh-TW', [broken('a'), broken('b'), broken('c')], '3 條記錄未顯示'],
    ['en', [broken('a'), broken('b'), broken('c')], '3 records not shown'],
    ['zh-CN', [veryBroken], '1 条记录未显示'],
    ['en', [veryBroken], '1 record not shown'],
  ])(
    'counts the records it did not show, not their problems (%s, %j)',
    async (lang, bad, expected) => {
      const { page } = await mountPage(chromium.browser, {
        lang,
        body: widget(),
        feeds: { '/test/feed.json': recordsFeed([decision(1), ...bad, decision(2)]) },
      });
      await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
      const notice = page.locator(`${TAG} [part~="problems"] > p`);
      expect(await notice.textContent()).toContain(expected);
      expect(await notice.textContent()).not.toMatch(/\d+ (?:处错误|處錯誤|error)/);
      expect(await page.locator(`${TAG} li[part~="item"]`).count()).toBe(2);
      await page.context().close();
    },
  );

  it('counts the records of a shard that could not be loaded as not shown', async () => {
    const index = {
      ...recordsFeed([]),
      kind: 'index',
      records: undefined,
      shards: [
        { url: '2025-01.json', month: '2025-01', recordCount: 2 },
        { url: '2025-02.json', month: '2025-02', recordCount: 4 },
      ],
    };
    // /test/2025-02.json is not routed: the demo server answers 404.
    const { page } = await mountPage(chromium.browser, {
      body: widget('src="/test/index.json"'),
      feeds: {
        '/test/index.json': index,
        '/test/2025-01.json': recordsFeed([decision(0), decision(12)]),
      },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await expect
      .poll(() => page.locator(`${TAG} [part~="problems"] > p`).textContent())
      .toContain('4 条记录未显示');
    expect(await page.locator(`${TAG} li[part~="item"]`).count()).toBe(2);
    await page.context().close();
  });

  it.each([
    ['zh-CN', '请更新 Gongshi'],
    ['zh-TW', '請更新 Gongshi'],
    ['en', 'update Gongshi'],
  ])(
    'says a newer feed needs a newer Gongshi in the visible message (%s)',
    async (lang, expected) => {
      const { page } = await mountPage(chromium.browser, {
        lang,
        body: widget(),
        feeds: { '/test/feed.json': { ...recordsFeed([decision(1)]), version: 2 } },
      });
      await page.locator(`${TAG} [part~="error"]`).waitFor();
      // The first paragraph, not the collapsed details for the webmaster.
      expect(await page.locator(`${TAG} [part~="error"] > p`).first().textContent()).toContain(
        expected,
      );
      expect(await page.locator(`${TAG} a[href="/feeds/"]`).isVisible()).toBe(true);
      await page.context().close();
    },
  );

  it('shows a clear error and keeps the fallback when the file is not a feed', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': '{"records": [1, 2' },
    });
    await page.locator(`${TAG} [part~="error"]`).waitFor();
    expect(await shadowText(page, TAG)).toContain('格式有误');
    expect(await page.locator(`${TAG} a[href="/feeds/"]`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the cached copy with its date when the server is down', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    // Let the IndexedDB write finish before the second visit.
    await page.waitForTimeout(300);
    await page.unroute(demoUrl('/test/feed.json'));
    await page.route(demoUrl('/test/feed.json'), (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.evaluate((html) => {
      document.body.innerHTML = `<main>${html}</main>`;
    }, widget());
    await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    expect(await shadowText(page, TAG)).toContain('保存的副本');
    await page.context().close();
  });

  it('keeps the page working when one widget fails and the script is included twice', async () => {
    const { page, errors } = await mountPage(chromium.browser, {
      body: `${widget('src="/test/missing.json"')}${widget()}`,
      feeds: { '/test/feed.json': feed },
    });
    await page.route(demoUrl('/test/missing.json'), (route) => route.fulfill({ status: 500 }));
    await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js?copy=2' });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await page.locator(`${TAG} [part~="error"]`).first().waitFor();
    expect(await page.locator(`${TAG} h2`).count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.route(demoUrl('/test/feed.json'), (route) => route.fulfill({ json: feed }));
    await page.route(demoUrl('/test/csp.html'), (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy':
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'",
        },
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>CSP</title>
          <script type="module" src="/widgets/gongshi-widgets.js"></script></head>
          <body><main><h1>CSP</h1>${widget()}
          <${TAG} as-of="${AS_OF}" id="inline"><script type="application/json">${JSON.stringify(recordsFeed([decision(7)]))}</script><p>fallback</p></${TAG}>
          </main></body></html>`,
      }),
    );
    await page.goto(demoUrl('/test/csp.html'));
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await page.locator(`#inline li[part~="item"]`).waitFor();
    // Styles applied (adoptedStyleSheets are allowed by style-src 'self'): the list has no bullets.
    const listStyle = await page
      .locator(`${TAG} ol[part~="list"]`)
      .first()
      .evaluate((element) => getComputedStyle(element).listStyleType);
    expect(listStyle).toBe('none');
    expect(violations).toEqual([]);
    await context.close();
  });
  it('loads only the shards of a sharded feed that the view needs', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const requests = recordRequests(context, [demoUrl('/')]);
    await page.goto(demoUrl('/feeds/'));
    await page.evaluate(() => {
      document.body.innerHTML =
        '<main><enforcement-disclosure src="/feeds/sharded/index.json" as-of="2026-11-20" page-size="5"></enforcement-disclosure></main>';
    });
    await page.addScriptTag({ type: 'module', url: '/widgets/gongshi-widgets.js' });
    await page.locator(`${TAG} li[part~="item"]`).nth(4).waitFor();
    const shards = () =>
      requests.all.filter((url) => /\/feeds\/sharded\/\d{4}-\d{2}\.json$/.test(url));
    // The first page needs the newest months only, not all 35 files.
    expect(shards().length).toBeGreaterThan(0);
    expect(shards().length).toBeLessThan(6);
    // A search needs every month: the rest arrive.
    await page.locator(`${TAG} #q`).fill('示例县');
    await expect.poll(() => shards().length, { timeout: 15_000 }).toBe(35);
    await context.close();
  });
  it('takes its language from its own lang attribute, and reports bad attributes without failing', async () => {
    const warnings: string[] = [];
    const { page, errors } = await mountPage(chromium.browser, {
      body: `<${TAG} lang="en" src="/test/feed.json" as-of="${AS_OF}" page-size="many" report-url="javascript:alert(1)"></${TAG}>`,
      feeds: { '/test/feed.json': feed },
    });
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    expect(await page.locator(`${TAG} h2`).textContent()).toBe('Enforcement decisions');
    // page-size="many" falls back to 10 rows.
    expect(await page.locator(`${TAG} li[part~="item"]`).count()).toBe(10);
    await openRecord(page, TAG, 'd3');
    // A javascript: report-url is refused: no 纠错 button.
    expect(await page.locator(`${TAG} #report-open`).count()).toBe(0);
    await expect.poll(() => warnings.join('\n')).toContain('page-size');
    expect(warnings.join('\n')).toContain('report-url');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens the visitor's mail program for a mailto: 纠错 target", async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget().replace(
        'report-url="/test/report"',
        'report-url="mailto:jiucuo@example.gov.cn"',
      ),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} li[part~="item"]`).first().waitFor();
    await openRecord(page, TAG, 'd3');
    await page.locator(`${TAG} #report-open`).click();
    // No file upload for mail: a mail program cannot receive one from a page.
    expect(await page.locator(`${TAG} #report-evidence`).count()).toBe(0);
    await page.locator(`${TAG} #report-description`).fill('金额有误');
    await page.locator(`${TAG} button[type="submit"]`).click();
    await expect.poll(() => shadowText(page, TAG)).toContain('已打开电子邮件程序');
    await page.context().close();
  });
});
