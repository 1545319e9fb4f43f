import { type IsoDate, monthOf, yearOf } from '../calendar/iso-date';
import type { RecordsFeed } from '../feed/feed';
import { serialiseFeed } from '../feed/serialise-feed';
import { ShardBy, shardFeed } from '../feed/shard-feed';
import type { AgencyProfile } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import { annualReportDeadline } from '../rules/annual-report';
import type { PolicyProfile } from '../rules/policy-profile';
import { aggregateAnnualStatistics } from '../stats/annual-statistics';
import { boardStyles } from './board-styles';
import { contentKey } from './content-hash';
import { html, type Markup } from './html';
import { isListable } from './listable';
import { agencyPageContent, guidePageContent } from './pages/agency-pages';
import { annualReportContent, annualReportTitle } from './pages/annual-report';
import { renderBoards } from './pages/board-page';
import { layoutPage } from './pages/layout';
import { decisionTable, monthLinks, newestFirst } from './pages/listing-pages';
import { PAGE_TEXT } from './pages/page-text';
import { recordPageContent, recordTitle } from './pages/record-page';
import {
  agencySnippet,
  disclosureSnippet,
  guideSnippet,
  type SnippetLinks,
  sitemapXml,
  statsSnippet,
} from './pages/snippets';
import { agencyPublicNumbers, createSitePrivacy, type SitePrivacy } from './public-text';
import { responsibilityBoards } from './responsibility-board';
import {
  agencyDecisionsPath,
  agencyKeys,
  agencyPagePath,
  annualReportPath,
  boardPagePath,
  guidePagePath,
  listingPagePath,
  recordPagePath,
  relativePath,
  SitePath,
  snippetPath,
} from './site-paths';
import { SITE_CSS } from './site-styles';
import type { PageTemplate } from './template';

/**
 * Bumped whenever a page renderer changes what it writes, so a rebuild re-renders every
 * page once instead of keeping pages made by the older code.
 */
export const SITE_RENDER_VERSION = '1';

/** One file of the site: where it goes, a fingerprint of its inputs, and how to make it. */
export interface PlannedFile {
  /** Path relative to the site folder, `/`-separated. */
  readonly path: string;
  /**
   * A fingerprint of everything the file is made from: when it equals the previous build's,
   * the previous file is kept without rendering it again.
   */
  readonly key: string;
  render(): string;
}

export interface SiteInput {
  /** Every record (merged from the sheets and the previous site) and the agency profiles. */
  readonly feed: RecordsFeed;
  /** The day the site shows (publicity periods, corrections and withdrawals that apply). */
  readonly today: IsoDate;
  /** RFC 3339 time written into the feed's `generated` when it changes. */
  readonly generated: string;
  readonly template: PageTemplate;
  readonly profile: PolicyProfile;
  /** The site's public URL (with a trailing slash) for sitemap.xml and the snippets' links. */
  readonly baseUrl?: string;
  /** The widgets' loader URL for the home page's four tags; undefined: no widgets on it. */
  readonly widgetsUrl?: string;
  /** Shard the feed by agency and month above this many records. */
  readonly shardAbove: number;
  /** The build's privacy engine, which its check has already run over the feed's strings. */
  readonly privacy?: SitePrivacy;
  /**
   * Fingerprints already known for some of the feed's records: the previous build's, for the
   * records it published that this one carries over unchanged (the same objects). The others
   * are serialised to get theirs.
   */
  readonly knownRecordKeys?: ReadonlyMap<DecisionRecord, string>;
}

export interface SitePlan {
  readonly files: readonly PlannedFile[];
  /** Records with a page of their own (listed on `today`). */
  readonly listed: number;
  readonly sharded: boolean;
  /** Each record's fingerprint by id, for the next build's knownRecordKeys. */
  readonly recordKeys: Readonly<Record<string, string>>;
  /** Non-blocking notes for the build report (bilingual). */
  readonly notes: readonly {
    readonly code: string;
    readonly message: string;
    readonly messageEn: string;
  }[];
}

const eager = (path: string, content: string): PlannedFile => ({
  path,
  key: contentKey(content),
  render: () => content,
});

/**
 * Plans a static site from a feed: the feed itself (sharded by agency and month when large),
 * a page per listed decision, listing pages per agency and month, each agency's profile
 * with its officers and its 岗位职责公示牌, each service guide, each year's statistics, the
 * fallback snippets for the four widget tags, a home page with the widgets, and sitemap.xml.
 *
 * Pure: returns files with fingerprints and renderers, and the caller (gongshi build)
 * writes them. Pages whose fingerprint is unchanged need not be rendered at all, which is
 * what makes a rebuild after one changed sheet fast.
 */
export function planSite(input: SiteInput): SitePlan {
  const { feed, today, template, profile } = input;
  const agencies: readonly AgencyProfile[] = feed.agencies ?? [];
  const { publicText } = input.privacy ?? createSitePrivacy(agencies);
  const templateKey = contentKey(template.source);
  const allowKey = contentKey(...agencyPublicNumbers(agencies));
  // Not `today`: a page depends on the day only through what it lists and shows (visible
  // corrections, withdrawals, expiry), which its own fingerprint carries.
  const base = contentKey(SITE_RENDER_VERSION, templateKey, allowKey);
  const keys = agencyKeys(agencies, feed.records);
  const files: PlannedFile[] = [];
  const notes: SitePlan['notes'][number][] = [];
  const page = (
    path: string,
    key: string,
    body: () => { title: string; crumbs: { title: string; path: string }[]; content: Markup },
  ) =>
    files.push({
      path,
      key: contentKey(base, key),
      render: () => layoutPage(template, path, body()),
    });

  // Every record's fingerprint, once: pages and feed files are keyed by them, so a rebuild
  // knows what changed without serialising what did not (the previous build's fingerprints
  // of the records carried over come with them).
  const recordKey = new Map<DecisionRecord, string>();
  const recordKeysById: Record<string, string> = {};
  // Each year's decisions and their fingerprints: its 统计年报 is keyed by them, and
  // aggregated from them alone.
  const byYear = new Map<number, { records: DecisionRecord[]; keys: string[] }>();
  for (const record of feed.records) {
    const key = input.knownRecordKeys?.get(record) ?? contentKey(JSON.stringify(record));
    recordKey.set(record, key);
    recordKeysById[record.id] = key;
    const year = yearOf(record.decisionDate);
    const ofYear = byYear.get(year);
    if (ofYear) {
      ofYear.records.push(record);
      ofYear.keys.push(key);
    } else byYear.set(year, { records: [record], keys: [key] });
  }
  const keysOf = (records: readonly DecisionRecord[]) =>
    records.map((record) => recordKey.get(record)!);

  // The feed: one file, or an index with agency-month shards. Fingerprints leave out
  // `generated`, so an unchanged shard keeps its file (and its date).
  const sharded = feed.records.length > input.shardAbove;
  const { generated: _generated, records: _records, ...header } = feed;
  const headerKey = contentKey(JSON.stringify(header));
  if (sharded) {
    const { index, shards } = shardFeed({ ...header, records: feed.records }, ShardBy.agencyMonth);
    for (const shard of shards) {
      files.push({
        path: `feeds/${shard.url}`,
        key: contentKey(headerKey, ...keysOf(shard.feed.records)),
        render: () => serialiseFeed(shard.feed),
      });
    }
    const indexJson = serialiseFeed(index);
    files.push({
      path: SitePath.feed,
      key: contentKey(indexJson),
      render: () => serialiseFeed({ ...index, generated: input.generated }),
    });
  } else {
    files.push({
      path: SitePath.feed,
      key: contentKey(headerKey, ...keysOf(feed.records)),
      render: () => serialiseFeed({ ...feed, generated: input.generated }),
    });
  }

  // Decisions: one page each, grouped by agency and month for the listings.
  const listed = feed.records.filter((record) => isListable(record, today, profile.publicity));
  listed.sort(newestFirst);
  const recordKeys = new Map<DecisionRecord, string>();
  const byAgency = new Map<string, Map<string, DecisionRecord[]>>();
  // Each agency's five newest, for its snippet.
  const latestOf = new Map<string, DecisionRecord[]>();
  for (const record of listed) {
    const agencyKey = keys.get(record.agency.name)!;
    const month = monthOf(record.decisionDate);
    const visible = (record.corrections ?? []).filter((c) => c.date <= today).length;
    const withdrawn = record.withdrawal !== undefined && record.withdrawal.date <= today;
    const key = contentKey(recordKey.get(record)!, agencyKey, String(visible), String(withdrawn));
    recordKeys.set(record, key);
    let months = byAgency.get(record.agency.name);
    if (!months) {
      months = new Map();
      byAgency.set(record.agency.name, months);
    }
    const list = months.get(month);
    if (list) list.push(record);
    else months.set(month, [record]);
    const latest = latestOf.get(record.agency.name);
    if (!latest) latestOf.set(record.agency.name, [record]);
    else if (latest.length < 5) latest.push(record);
    const path = recordPagePath(record);
    page(path, key, () => ({
      title: recordTitle(record, publicText),
      crumbs: [
        { title: PAGE_TEXT.decisions, path: SitePath.decisions },
        { title: publicText(record.agency.name), path: agencyDecisionsPath(agencyKey) },
        {
          title: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
          path: listingPagePath(agencyKey, month),
        },
      ],
      content: recordPageContent(record, publicText, { root: '../../', today }),
    }));
  }
  const agencyNames = [...keys.keys()];
  const monthCounts = new Map<string, { month: string; count: number }[]>();
  for (const [name, months] of byAgency) {
    const agencyKey = keys.get(name)!;
    const counts = [...months]
      .sort(([a], [b]) => (a < b ? 1 : -1))
      .map(([month, records]) => ({ month, count: records.length }));
    monthCounts.set(name, counts);
    for (const [month, records] of months) {
      const path = listingPagePath(agencyKey, month);
      const title = PAGE_TEXT.monthTitle(publicText(name), month);
      page(
        path,
        contentKey(name, month, ...records.map((record) => recordKeys.get(record)!)),
        () => ({
          title,
          crumbs: [
            { title: PAGE_TEXT.decisions, path: SitePath.decisions },
            { title: publicText(name), path: agencyDecisionsPath(agencyKey) },
          ],
          content: decisionTable(records, path, publicText, title),
        }),
      );
    }
    const path = agencyDecisionsPath(agencyKey);
    page(path, contentKey(name, JSON.stringify(counts)), () => ({
      title: PAGE_TEXT.decisionsOf(publicText(name)),
      crumbs: [{ title: PAGE_TEXT.decisions, path: SitePath.decisions }],
      content: html`<h2>${PAGE_TEXT.months}</h2>${monthLinks(agencyKey, counts, path)}`,
    }));
  }
  const decisionsKey = contentKey(
    ...agencyNames.map((name) => `${name}:${JSON.stringify(monthCounts.get(name) ?? [])}`),
  );
  page(SitePath.decisions, decisionsKey, () => ({
    title: PAGE_TEXT.decisions,
    crumbs: [],
    content: html`${agencyNames
      .filter((name) => monthCounts.has(name))
      .map((name) => {
        const counts = monthCounts.get(name)!;
        const total = counts.reduce((sum, entry) => sum + entry.count, 0);
        return html`<h2><a href="${relativePath(SitePath.decisions, agencyDecisionsPath(keys.get(name)!))}">${publicText(name)}</a> <span class="gs-muted">（${PAGE_TEXT.count(total)}）</span></h2>
${monthLinks(keys.get(name)!, counts.slice(0, 12), SitePath.decisions)}`;
      })}${monthCounts.size === 0 ? html`<p>${PAGE_TEXT.noDecisions}</p>` : ''}`,
  }));

  // 事前公开: each agency's profile, its board, its service guides.
  const guideLinks: Markup[] = [];
  for (const agency of agencies) {
    const agencyKey = keys.get(agency.name)!;
    const profileKey = contentKey(JSON.stringify(agency), agencyKey);
    const path = agencyPagePath(agencyKey);
    page(path, contentKey(profileKey, String(byAgency.has(agency.name))), () => ({
      title: publicText(agency.name),
      crumbs: [{ title: PAGE_TEXT.agencies, path: SitePath.agencies }],
      content: agencyPageContent(agency, agencyKey, path, publicText, {
        hasDecisions: byAgency.has(agency.name),
      }),
    }));
    const boardPath = boardPagePath(agencyKey);
    // Officers whose credential has expired are left off the boards (the day matters here).
    const { boards, expired } = responsibilityBoards(agency, { today });
    files.push({
      path: boardPath,
      key: contentKey(
        base,
        profileKey,
        'board',
        ...expired.map((officer) => officer.certificateNumber),
      ),
      render: () =>
        boardPageDocument(boardPath, publicText(agency.name), renderBoards(boards, publicText)),
    });
    for (const guide of agency.serviceGuides) {
      const guidePath = guidePagePath(agencyKey, guide.itemName);
      guideLinks.push(
        html`<li><a href="${relativePath(SitePath.guides, guidePath)}">${publicText(guide.itemName)}</a> <span class="gs-muted">${publicText(agency.name)}</span></li>`,
      );
      page(guidePath, contentKey(JSON.stringify(guide), agency.name), () => ({
        title: publicText(guide.itemName),
        crumbs: [{ title: PAGE_TEXT.guides, path: SitePath.guides }],
        content: guidePageContent(guide, agency, publicText),
      }));
    }
  }
  const agenciesList = html`<ul>${agencies.map(
    (agency) =>
      html`<li><a href="${relativePath(SitePath.agencies, agencyPagePath(keys.get(agency.name)!))}">${publicText(agency.name)}</a></li>`,
  )}</ul>`;
  files.push(
    eager(
      SitePath.agencies,
      layoutPage(template, SitePath.agencies, {
        title: PAGE_TEXT.agencies,
        crumbs: [],
        content: agencies.length ? agenciesList : html`<p>暂无执法主体信息。</p>`,
      }),
    ),
  );
  files.push(
    eager(
      SitePath.guides,
      layoutPage(template, SitePath.guides, {
        title: PAGE_TEXT.guides,
        crumbs: [],
        content: guideLinks.length ? html`<ul>${guideLinks}</ul>` : html`<p>暂无办事指南。</p>`,
      }),
    ),
  );

  // 统计年报 per year of decisions, with the portal's name. Keyed by the year's records, so
  // a rebuild aggregates only the years whose decisions changed.
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const subject = publicText(feed.publisher.name);
  for (const year of years) {
    const path = annualReportPath(year);
    const due = annualReportDeadline(year, profile);
    const { records, keys: yearKeys } = byYear.get(year)!;
    page(path, contentKey('tjnb', ...yearKeys, subject, due, profile.id), () => {
      const statistics = aggregateAnnualStatistics(records, { year });
      const shown = {
        ...statistics,
        byAgency: statistics.byAgency.map((entry) => ({
          ...entry,
          agency: publicText(entry.agency),
        })),
      };
      return {
        title: annualReportTitle(shown, subject),
        crumbs: [],
        content: annualReportContent(shown, { subject, due, profile: profile.id }),
      };
    });
  }

  // Fallback snippets (relative to the site root unless a base URL is given) and the home page.
  const links: SnippetLinks = { base: input.baseUrl ?? '' };
  const latest = listed.slice(0, 5);
  const lastYear = years.at(-1);
  const snippets = {
    'enforcement-disclosure': disclosureSnippet(latest, publicText, links),
    'service-guide': guideSnippet(links),
    'enforcement-agency': agencySnippet(links),
    'enforcement-stats': statsSnippet(links, lastYear),
  };
  for (const [tag, markup] of Object.entries(snippets)) {
    files.push(eager(snippetPath(tag), `${markup.value}\n`));
  }
  for (const name of agencyNames) {
    const agency = { name, key: keys.get(name)! };
    const own = latestOf.get(name) ?? [];
    files.push(
      eager(
        snippetPath('enforcement-disclosure', agency.key),
        `${disclosureSnippet(own, publicText, links, agency).value}\n`,
      ),
    );
    files.push(
      eager(
        snippetPath('enforcement-agency', agency.key),
        `${agencySnippet(links, agency).value}\n`,
      ),
    );
  }
  const homeLinks: SnippetLinks = { base: '' };
  files.push(
    eager(
      SitePath.home,
      layoutPage(template, SitePath.home, {
        title: feed.title ? publicText(feed.title) : `${subject}${PAGE_TEXT.home}`,
        crumbs: [],
        content: html`${input.widgetsUrl ? html`<script src="${input.widgetsUrl}" defer></script>\n` : ''}<h2>${PAGE_TEXT.decisions}</h2>
${disclosureSnippet(latest, publicText, homeLinks)}
<h2>${PAGE_TEXT.guides}</h2>
${guideSnippet(homeLinks)}
<h2>${PAGE_TEXT.agencies}</h2>
${agencySnippet(homeLinks)}
<h2>${PAGE_TEXT.annualReports}</h2>
${statsSnippet(homeLinks, lastYear)}`,
      }),
    ),
  );

  files.push(eager(SitePath.stylesheet, SITE_CSS));
  files.push(eager(SitePath.boardStylesheet, boardStyles('A4')));

  const pages = files
    .map((file) => file.path)
    .filter(
      (path) =>
        path.endsWith('.html') && !path.startsWith('snippets/') && !path.endsWith('/board.html'),
    )
    .sort();
  if (input.baseUrl && /^https?:\/\//i.test(input.baseUrl)) {
    files.push(eager(SitePath.sitemap, sitemapXml(pages, input.baseUrl)));
  } else {
    files.push(eager(SitePath.sitemap, sitemapXml(pages, input.baseUrl ?? '')));
    notes.push({
      code: 'sitemap.relative',
      message:
        'sitemap.xml 中的网址是相对路径：搜索引擎需要完整网址，请用 --base-url https://…/ 给出本站点的公开地址。',
      messageEn:
        'sitemap.xml holds relative URLs: search engines need full ones; give the site’s public address with --base-url https://…/.',
    });
  }
  return { files, listed: listed.length, sharded, recordKeys: recordKeysById, notes };
}

/** A board page of the built site: the boards with the site's board stylesheet (A4). */
function boardPageDocument(path: string, agency: string, boards: Markup): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html`${agency} ${PAGE_TEXT.board}`.value}</title>
<link rel="stylesheet" href="${relativePath(path, SitePath.boardStylesheet)}">
</head>
<body>
<main>
${boards.value}</main>
</body>
</html>
`;
}
