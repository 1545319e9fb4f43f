import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/browser/axe';
import { withChromium } from '../../test/browser/browser-suite';
import { demoUrl } from '../../test/browser/demo-server';
import { ATTACK, agencyProfile, LEAK, poison, recordsFeed, SECRETS } from '../testing/feeds';
import {
  ACCESSIBILITY_SETTINGS,
  liveMarkup,
  mountPage,
  shadowText,
  visibleSecrets,
} from '../testing/page';

const TAG = 'enforcement-agency';
const widget = (attributes = 'src="/test/feed.json"') =>
  `<${TAG} ${attributes}><p><a href="/agency/">查看执法主体信息</a></p></${TAG}>`;
const feed = recordsFeed([], {
  agencies: [agencyProfile(), agencyProfile({ name: '示例县生态环境局', officers: [] })],
});

describe('<enforcement-agency>', () => {
  const chromium = withChromium();

  it('renders the profile: duties, powers, officers with credential numbers, remedies', async () => {
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} table[part~="officers"]`).waitFor();
    const text = await shadowText(page, TAG);
    for (const expected of [
      '负责全县市场监管领域的行政执法工作',
      'SCJG-001',
      '5199990000',
      '行政复议',
      '每年1次',
      '立案',
    ]) {
      expect(text).toContain(expected);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['5199990001', '黄某'],
    ['５１９９ ９９０-００１', '黄某'],
    ['5199990009', '未找到'],
  ])('answers a credential lookup for %s by keyboard', async (number, expected) => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} #credential`).waitFor();
    await page.locator(`${TAG} #credential`).focus();
    await page.keyboard.type(number);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator(`${TAG} [part~="lookup-result"]`).textContent())
      .toContain(expected);
    await page.context().close();
  });

  it.each([
    ['5199990000', '已于 2020年12月31日 到期', false],
    ['5199990001', '属于本单位公示的执法人员 黄某', true],
  ])('says whether credential %s is still valid (证件有效期)', async (number, expected, valid) => {
    const dated = recordsFeed([], {
      agencies: [
        agencyProfile({
          officers: [
            {
              name: '陈某',
              certificateNumber: '5199990000',
              enforcementCategory: '市场监管',
              area: '示例县全域',
              certificateValidTo: '2020-12-31',
            },
            {
              name: '黄某',
              certificateNumber: '5199990001',
              enforcementCategory: '市场监管',
              area: '示例县城区',
              certificateValidTo: '2099-12-31',
            },
          ],
        }),
      ],
    });
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': dated },
    });
    const checked = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          document.addEventListener('gongshi-credential-checked', (event) =>
            resolve((event as CustomEvent).detail),
          ),
        ),
    );
    await page.locator(`${TAG} #credential`).fill(number);
    await page.locator(`${TAG} .lookup button`).click();
    const result = page.locator(`${TAG} [part~="lookup-result"]`);
    await expect.poll(() => result.textContent()).toContain(expected);
    if (!valid) expect(await result.textContent()).not.toContain('执法类别');
    expect(await checked).toEqual({ found: true, valid });
    await page.context().close();
  });

  it.each([
    ['zh-CN', '重大执法决定法制审核目录清单', '对法人或者其他组织处以10万元以上罚款的'],
    ['en', 'Major decisions reviewed by the legal office', '县司法局'],
  ])(
    'shows the 重大执法决定法制审核目录清单 from a chunk fetched for it (%s)',
    async (lang, title, cell) => {
      const catalogue = recordsFeed([], {
        agencies: [
          agencyProfile({
            majorDecisionCatalogue: [
              {
                item: '较大数额罚款（法人或其他组织）',
                category: '行政处罚',
                criteria: '对法人或者其他组织处以10万元以上罚款的',
                basis: '《示例县重大行政执法决定法制审核办法》第五条',
                thresholdYuan: '100000',
                reviewBody: '县司法局',
              },
              { item: '吊销许可证件', category: '行政处罚', criteria: '吊销许可证件、营业执照的' },
            ],
          }),
          agencyProfile({ name: '示例县生态环境局' }),
        ],
      });
      const { page, errors } = await mountPage(chromium.browser, {
        lang,
        body: widget(),
        feeds: { '/test/feed.json': catalogue },
      });
      const table = page.locator(`${TAG} table[part~="catalogue"]`);
      await table.waitFor();
      expect(await page.locator(`${TAG} #catalogue-title`).textContent()).toBe(title);
      expect(await table.locator('tbody tr').count()).toBe(2);
      expect(await table.textContent()).toContain(cell);
      // The first cell heads its row, as in the profile's other lists.
      expect(await table.locator('tbody th[scope="row"]').first().textContent()).toBe(
        '较大数额罚款（法人或其他组织）',
      );
      expect(await axeViolations(page)).toEqual([]);
      // An agency without a catalogue shows no section.
      await page.locator(`${TAG} #agency`).selectOption('示例县生态环境局');
      await expect
        .poll(() => page.locator(`${TAG} h3.agency-name`).textContent())
        .toBe('示例县生态环境局');
      expect(await page.locator(`${TAG} table[part~="catalogue"]`).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('fetches nothing for the catalogue when the agency publishes none', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    const chunks: string[] = [];
    page.on('request', (request) => chunks.push(request.url()));
    await page.locator(`${TAG} table[part~="officers"]`).waitFor();
    expect(await page.locator(`${TAG} table[part~="catalogue"]`).count()).toBe(0);
    expect(chunks.filter((url) => url.includes('major-decision-catalogue'))).toEqual([]);
    await page.context().close();
  });

  it('switches agency with the picker', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    await page.locator(`${TAG} #agency`).selectOption('示例县生态环境局');
    await expect
      .poll(() => page.locator(`${TAG} h3.agency-name`).textContent())
      .toBe('示例县生态环境局');
    await page.context().close();
  });

  it('keeps the chosen agency in the address, and follows Back and Forward', async () => {
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': feed },
    });
    const shown = () => page.locator(`${TAG} h3.agency-name`).textContent();
    const picked = () => page.locator(`${TAG} #agency`).inputValue();
    await page.locator(`${TAG} #agency`).selectOption('示例县生态环境局');
    await expect.poll(shown).toBe('示例县生态环境局');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#gs-profile=示例县生态环境局');
    await page.goBack();
    await expect.poll(shown).toBe('示例县市场监督管理局');
    expect(await picked()).toBe('示例县市场监督管理局');
    await page.goForward();
    await expect.poll(shown).toBe('示例县生态环境局');
    expect(await picked()).toBe('示例县生态环境局');
    await page.context().close();
  });

  it.each([
    ['#gs-profile=', '示例县应急管理局'],
    ['?gs-profile=', '示例县交通运输局'],
  ])('opens the agency a shared link names (%s)', async (key, agency) => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(demoUrl(`/agency.html${key}${encodeURIComponent(agency)}`));
    await expect.poll(() => page.locator(`${TAG} h3.agency-name`).textContent()).toBe(agency);
    expect(await page.locator(`${TAG} #agency`).inputValue()).toBe(agency);
    await context.close();
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
      await page.locator(`${TAG} #credential`).fill('5199990009');
      await page.locator(`${TAG} .lookup button`).click();
      await page.locator(`${TAG} [part~="lookup-result"]:not(:empty)`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('renders markup in every string field as inert text', async () => {
    const evil = recordsFeed([], {
      agencies: [poison(agencyProfile(), ATTACK, 'javascript:window.__pwned=1')],
    });
    const { page, errors } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': evil },
    });
    await page.locator(`${TAG} table[part~="officers"]`).waitFor();
    expect(await shadowText(page, TAG)).toContain('<img src=x onerror=');
    expect(await liveMarkup(page, TAG)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no ID or phone number that a feed carries by mistake', async () => {
    const leaky = recordsFeed([], {
      agencies: [poison(agencyProfile(), LEAK, 'https://example.gov.cn/')],
    });
    const { page } = await mountPage(chromium.browser, {
      body: widget(),
      feeds: { '/test/feed.json': leaky },
    });
    await page.locator(`${TAG} table[part~="officers"]`).waitFor();
    expect(await visibleSecrets(page, TAG, SECRETS)).toEqual([]);
    await page.context().close();
  });
});
