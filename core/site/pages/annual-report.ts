import type { AnnualStatistics, Totals } from '../../records/annual-statistics';
import { escapeHtml, html, type Markup } from '../html';
import { SITE_CSS } from '../site-styles';
import { chineseDate } from './page-text';

/** The figures of every table, in the order `gongshi stats` prints them. */
export const REPORT_COLUMNS = [
  '决定数',
  '撤下',
  '更正',
  '罚款（元）',
  '没收（元）',
  '征收（元）',
  '收费（元）',
] as const;

/** Digits grouped in thousands (12,500.5), from the exact decimal string core computes. */
function grouped(value: string): string {
  const [whole = '0', fraction] = value.split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${digits}.${fraction}` : digits;
}

function figures(totals: Totals): string[] {
  const { amounts } = totals;
  return [
    String(totals.count),
    String(totals.withdrawn),
    String(totals.corrected),
    grouped(amounts.fine),
    grouped(amounts.confiscation),
    grouped(amounts.levy),
    grouped(amounts.fee),
  ];
}

function table(
  caption: string,
  first: string,
  rows: readonly (readonly [string, Totals])[],
  total?: Totals,
): Markup {
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">${first}</th>${REPORT_COLUMNS.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${rows.map(
    ([name, totals]) =>
      html`<tr><th scope="row">${name}</th>${figures(totals).map((cell) => html`<td>${cell}</td>`)}</tr>
`,
  )}${total ? html`<tr><th scope="row">合计</th>${figures(total).map((cell) => html`<td>${cell}</td>`)}</tr>` : ''}</tbody>
</table>`;
}

/**
 * Horizontal bars, one SVG with its labels and figures as text (colour is never the only
 * signal). Hidden from screen readers, which read the table that follows with the same data.
 */
function barChart(bars: readonly (readonly [string, number])[]): Markup {
  const max = Math.max(1, ...bars.map(([, value]) => value));
  const row = 22;
  const labelWidth = 190;
  const barWidth = 360;
  const height = bars.length * row + 4;
  return html`<svg class="gs-chart" role="presentation" aria-hidden="true" focusable="false" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">${bars.map(
    ([label, value], index) => {
      const y = index * row + 2;
      const width = Math.round((value / max) * barWidth);
      return html`<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${label.length > 14 ? `${label.slice(0, 13)}…` : label}</text><rect x="${labelWidth}" y="${y + 3}" height="14" width="${width}"></rect><text x="${labelWidth + width + 6}" y="${y + 15}">${value}</text>`;
    },
  )}</svg>`;
}

/** Twelve columns, one per month, figure above and month below. */
function columnChart(columns: readonly (readonly [string, number])[]): Markup {
  const max = Math.max(1, ...columns.map(([, value]) => value));
  const width = 46;
  const plot = 150;
  return html`<svg class="gs-chart" role="presentation" aria-hidden="true" focusable="false" width="${columns.length * width}" height="${plot + 40}" viewBox="0 0 ${columns.length * width} ${plot + 40}">${columns.map(
    ([label, value], index) => {
      const h = Math.round((value / max) * (plot - 20));
      const x = index * width;
      return html`<text x="${x + width / 2}" y="${plot - h - 4}" text-anchor="middle">${value}</text><rect x="${x + 8}" y="${plot - h}" width="${width - 16}" height="${h}"></rect><text x="${x + width / 2}" y="${plot + 16}" text-anchor="middle">${label}</text>`;
    },
  )}</svg>`;
}

export interface AnnualReportOptions {
  /** Whose figures: the portal's or one agency's name (already public text). */
  readonly subject: string;
  /** When the report is due under the profile, and the profile's id. */
  readonly due: string;
  readonly profile: string;
}

/** The report's title: 2025 年度行政执法统计年报（示例县人民政府）. */
export function annualReportTitle(statistics: AnnualStatistics, subject: string): string {
  return `${statistics.year} 年度行政执法统计年报（${subject}）`;
}

/**
 * The annual statistics (统计年报) as a report to hand in: the deadline, then for each of
 * category, month and agency a chart and the table of the same figures. Charts are SVG
 * drawn from numbers only; nothing is fetched.
 */
export function annualReportContent(
  statistics: AnnualStatistics,
  options: AnnualReportOptions,
): Markup {
  const categories = statistics.byCategory.filter((entry) => entry.count > 0);
  return html`<p>按 ${options.profile} 规则，本年报应于 <time datetime="${options.due}">${chineseDate(options.due)}</time> 前公开并报送。本年度共作出行政执法决定 <strong>${statistics.totals.count}</strong> 件，撤下 ${statistics.totals.withdrawn} 件，更正 ${statistics.totals.corrected} 件；罚款合计 ${grouped(statistics.totals.amounts.fine)} 元。</p>
<h2>按执法类别</h2>
${barChart(categories.map((entry) => [entry.category, entry.count]))}
${table(
  `${statistics.year} 年按执法类别统计`,
  '执法类别',
  statistics.byCategory.map((entry) => [entry.category, entry]),
  statistics.totals,
)}
<h2>按月份</h2>
${columnChart(statistics.byMonth.map((entry) => [`${Number(entry.month.slice(5, 7))}月`, entry.count]))}
${table(
  `${statistics.year} 年按月份统计`,
  '月份',
  statistics.byMonth.map((entry) => [entry.month, entry]),
)}
<h2>按执法机关</h2>
${barChart(statistics.byAgency.map((entry) => [entry.agency, entry.count]))}
${table(
  `${statistics.year} 年按执法机关统计`,
  '执法机关',
  statistics.byAgency.map((entry) => [entry.agency, entry]),
)}
${statistics.narrative ? html`<h2>文字说明</h2><p>${statistics.narrative}</p>` : ''}`;
}

const REPORT_PRINT_CSS = `body{margin:0;padding:1.5em;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif}
@page{size:A4 portrait;margin:15mm}
@media print{body{padding:0}table{font-size:10pt}h2{break-after:avoid}.gs-chart{break-inside:avoid}}
`;

/**
 * The report as one self-contained HTML file (styles inline, charts inline SVG, no request
 * of any kind), printable on A4: what `gongshi stats --format html` writes.
 */
export function annualReportDocument(
  statistics: AnnualStatistics,
  options: AnnualReportOptions,
): string {
  const title = annualReportTitle(statistics, options.subject);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${SITE_CSS}${REPORT_PRINT_CSS}</style>
</head>
<body>
<main class="gs-page">
<h1>${escapeHtml(title)}</h1>
${annualReportContent(statistics, options).value}
</main>
</body>
</html>
`;
}
