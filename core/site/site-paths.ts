import type { AgencyProfile } from '../records/agency-profile';
import type { DecisionRecord } from '../records/decision-record';
import { contentKey } from './content-hash';

/**
 * Where each page of a built site lives. Folder names follow the columns portals already use
 * (执法公示 zfgs, 执法主体 zfzt, 办事指南 bszn, 统计年报 tjnb); file names are ASCII, because
 * Chinese file names upset some portal servers and FTP clients (as in shard-feed.ts).
 */
export const SitePath = {
  home: 'index.html',
  feed: 'feeds/gongshi.json',
  stylesheet: 'assets/gongshi-site.css',
  boardStylesheet: 'assets/gongshi-board.css',
  decisions: 'zfgs/index.html',
  agencies: 'zfzt/index.html',
  guides: 'bszn/index.html',
  sitemap: 'sitemap.xml',
  manifest: 'gongshi-manifest.json',
} as const;

/**
 * A stable ASCII key per agency: its 统一社会信用代码 when it is a plain code, else `a01`,
 * `a02`… in the order of the names (the same names always get the same keys).
 */
export function agencyKeys(
  agencies: readonly AgencyProfile[],
  records: readonly DecisionRecord[],
): Map<string, string> {
  const codes = new Map<string, string>();
  const named = new Set<string>();
  for (const agency of agencies) {
    named.add(agency.name);
    if (agency.code) codes.set(agency.name, agency.code);
  }
  for (const { agency } of records) {
    named.add(agency.name);
    if (agency.code && !codes.has(agency.name)) codes.set(agency.name, agency.code);
  }
  const names = [...named].sort();
  const keys = new Map<string, string>();
  const used = new Set<string>();
  names.forEach((name, index) => {
    const code = codes.get(name);
    let key =
      code && /^[0-9A-Za-z]{6,32}$/.test(code) ? code : `a${String(index + 1).padStart(2, '0')}`;
    // Two agencies sharing a code (a copy-paste in a sheet) still get pages of their own.
    if (used.has(key)) key = `${key}-${contentKey(name).slice(0, 6)}`;
    used.add(key);
    keys.set(name, key);
  });
  return keys;
}

/** A file name for an id: the id itself when it is plain ASCII, else a fingerprint of it. */
export function fileSafeName(id: string): string {
  return /^[0-9A-Za-z][0-9A-Za-z_-]{0,80}$/.test(id) ? id : `r-${contentKey(id)}`;
}

export function recordPagePath(record: DecisionRecord): string {
  return `zfgs/jd/${fileSafeName(record.id)}.html`;
}

export function listingPagePath(agencyKey: string, month: string): string {
  return `zfgs/${agencyKey}/${month}.html`;
}

export function agencyDecisionsPath(agencyKey: string): string {
  return `zfgs/${agencyKey}/index.html`;
}

export function agencyPagePath(agencyKey: string): string {
  return `zfzt/${agencyKey}/index.html`;
}

export function boardPagePath(agencyKey: string): string {
  return `zfzt/${agencyKey}/board.html`;
}

export function guidePagePath(agencyKey: string, itemName: string): string {
  return `bszn/${agencyKey}/${contentKey(itemName).slice(0, 10)}.html`;
}

export function annualReportPath(year: number): string {
  return `tjnb/${year}.html`;
}

export function snippetPath(tag: string, agencyKey?: string): string {
  return agencyKey ? `snippets/${agencyKey}/${tag}.html` : `snippets/${tag}.html`;
}

/** The relative path from `from` (a file path in the site) to `to` (another one). */
export function relativePath(from: string, to: string): string {
  return rootOf(from) + to;
}

const UP = ['', '../', '../../', '../../../', '../../../../'];

/** From a page to the site's root folder: '' at the root, '../' one folder down. */
export function rootOf(path: string): string {
  let depth = 0;
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) depth++;
  return UP[depth] ?? '../'.repeat(depth);
}
