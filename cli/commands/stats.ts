import { resolve } from 'node:path';
import { chinaToday } from '../../core/calendar/iso-date';
import { spreadsheetCsv } from '../../core/journal/csv';
import type { Totals } from '../../core/records/annual-statistics';
import { annualReportDeadline } from '../../core/rules/annual-report';
import { DEFAULT_PROFILE, findProfile } from '../../core/rules/policy-profile';
import { annualReportDocument } from '../../core/site/pages/annual-report';
import { createSitePublicText } from '../../core/site/public-text';
import { writeXlsx } from '../../core/spreadsheet/xlsx-write';
import { aggregateAnnualStatistics } from '../../core/stats/annual-statistics';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { writeFileAtomically } from '../internal/files';
import { readFeedRecords } from '../site/feed-records';

const USAGE = `Usage: gongshi stats [--year YYYY] [--agency NAME] [--format text|json|csv|xlsx|html] [--out FILE] FEED.json

The annual statistics (统计年报) of a feed: decisions by category, agency and month, with
withdrawals, corrections and amounts summed exactly (元). Also says when the report is due
under the feed's profile (31 March for luzhou-2018, 31 January for national-2018). An index
feed (a site gongshi build sharded) is read with its shards.

  --year YYYY     the year of the decisions (default: last year)
  --agency NAME   one agency only
  --format        text (default), json, csv (one table for a spreadsheet: a row per
                  category, agency and month, and the total), xlsx (the same table as an
                  Excel workbook; needs --out), or html (a printable report with charts and
                  tables, one self-contained file that loads nothing, to hand in)
  --out FILE      write to FILE instead of printing (required for xlsx)

Exit: 0 printed or written, 2 unusable input.`;

/** The figures of every table, in this order, with their bilingual headings. */
const COLUMNS = [
  '决定数 decisions',
  '撤下 withdrawn',
  '更正 corrected',
  '罚款 fines (元)',
  '没收 confiscated (元)',
  '征收 levies (元)',
  '收费 fees (元)',
] as const;

function figures(totals: Totals): string[] {
  const { amounts } = totals;
  return [
    String(totals.count),
    String(totals.withdrawn),
    String(totals.corrected),
    amounts.fine,
    amounts.confiscation,
    amounts.levy,
    amounts.fee,
  ];
}

function row(label: string, totals: Totals): string {
  return `| ${[label, ...figures(totals)].join(' | ')} |`;
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Annual statistics of a feed by category, agency and month (统计年报)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      year: { type: 'string' },
      agency: { type: 'string' },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
    });
    if (positionals.length !== 1) {
      throw new UsageError('需要且只能给一个 FEED.json / give exactly one FEED.json');
    }
    const format = values.format;
    if (
      format !== 'text' &&
      format !== 'json' &&
      format !== 'csv' &&
      format !== 'xlsx' &&
      format !== 'html'
    ) {
      throw notOneOf('--format', ['text', 'json', 'csv', 'xlsx', 'html'], format);
    }
    if (format === 'xlsx' && !values.out) {
      throw new UsageError('xlsx 格式需要 --out FILE.xlsx / --format xlsx needs --out FILE.xlsx');
    }
    const year = values.year ? Number(values.year) : Number(chinaToday(new Date()).slice(0, 4)) - 1;
    if (!Number.isInteger(year) || year < 2000 || year > 2200) {
      throw new UsageError(
        `--year 应为年份，例如 2025（收到 "${values.year}"）/ --year must be a year such as 2025, got "${values.year}"`,
      );
    }
    const file = resolve(io.cwd, positionals[0]!);
    const feed = await readFeedRecords(file);
    if (feed instanceof Error) {
      io.stderr.write(`gongshi stats: ${feed.message}\n`);
      return ExitCode.error;
    }
    const profile = (feed.profile && findProfile(feed.profile)) || DEFAULT_PROFILE;
    const statistics = aggregateAnnualStatistics(feed.records, {
      year,
      ...(values.agency ? { agency: values.agency } : {}),
    });
    const due = annualReportDeadline(year, profile);
    const emit = async (content: string | Uint8Array) => {
      if (!values.out) {
        io.stdout.write(content);
        return ExitCode.ok;
      }
      const out = resolve(io.cwd, values.out);
      await writeFileAtomically(out, content);
      io.stderr.write(`已写入 / wrote ${out}\n`);
      return ExitCode.ok;
    };
    if (format === 'json') {
      return emit(`${JSON.stringify({ ...statistics, due, profile: profile.id }, null, 2)}\n`);
    }
    // One table, the group in the first column, so a spreadsheet can filter and sum it.
    const table = [
      ['分组 group', '名称 name', ...COLUMNS],
      ...statistics.byCategory.map((entry) => ['category', entry.category, ...figures(entry)]),
      ...statistics.byAgency.map((entry) => ['agency', entry.agency, ...figures(entry)]),
      ...statistics.byMonth.map((entry) => ['month', entry.month, ...figures(entry)]),
      ['total', '合计', ...figures(statistics.totals)],
    ];
    if (format === 'csv') return emit(spreadsheetCsv(table));
    if (format === 'xlsx') {
      // Inline text cells: Excel never runs them as formulas, so nothing needs neutralising.
      return emit(writeXlsx(table, `${year}年度统计`));
    }
    if (format === 'html') {
      // Names in the report pass the privacy engine, as every published string does.
      const publicText = createSitePublicText(feed.agencies ?? []);
      const shown = {
        ...statistics,
        byAgency: statistics.byAgency.map((entry) => ({
          ...entry,
          agency: publicText(entry.agency),
        })),
      };
      return emit(
        annualReportDocument(shown, {
          subject: publicText(values.agency ?? feed.publisher.name),
          due,
          profile: profile.id,
        }),
      );
    }
    const header = [`| | ${COLUMNS.join(' | ')} |`, `|${' --- |'.repeat(COLUMNS.length + 1)}`];
    const lines = [
      `# ${year} 年度行政执法统计 ${values.agency ?? feed.publisher.name}`,
      '',
      `按 ${profile.id} 规则，应于 ${due} 前公开 / due by ${due} (${profile.id}).`,
      '',
      '## 按执法类别 By category',
      '',
      ...header,
      ...statistics.byCategory.map((entry) => row(entry.category, entry)),
      row('合计 total', statistics.totals),
      '',
      '## 按执法机关 By agency',
      '',
      ...header,
      ...statistics.byAgency.map((entry) => row(entry.agency, entry)),
      '',
      '## 按月份 By month',
      '',
      ...header,
      ...statistics.byMonth.map((entry) => row(entry.month, entry)),
      '',
    ];
    return emit(lines.join('\n'));
  },
};
