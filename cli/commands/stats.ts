import { resolve } from 'node:path';
import { chinaToday } from '../../core/calendar/iso-date';
import { spreadsheetCsv } from '../../core/journal/csv';
import type { Totals } from '../../core/records/annual-statistics';
import { annualReportDeadline } from '../../core/rules/annual-report';
import { DEFAULT_PROFILE, findProfile } from '../../core/rules/policy-profile';
import { aggregateAnnualStatistics } from '../../core/stats/annual-statistics';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readRecordsFeed } from '../internal/feed-file';

const USAGE = `Usage: gongshi stats [--year YYYY] [--agency NAME] [--format text|json|csv] FEED.json

The annual statistics (统计年报) of a feed: decisions by category, agency and month, with
withdrawals, corrections and amounts summed exactly (元). Also says when the report is due
under the feed's profile (31 March for luzhou-2018, 31 January for national-2018).

  --year YYYY     the year of the decisions (default: last year)
  --agency NAME   one agency only
  --format        text (default), json, or csv (one table for a spreadsheet: a row per
                  category, agency and month, and the total)

Exit: 0 printed, 2 unusable input.`;

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
    });
    if (positionals.length !== 1) {
      throw new UsageError('需要且只能给一个 FEED.json / give exactly one FEED.json');
    }
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'csv') {
      throw notOneOf('--format', ['text', 'json', 'csv'], format);
    }
    const year = values.year ? Number(values.year) : Number(chinaToday(new Date()).slice(0, 4)) - 1;
    if (!Number.isInteger(year) || year < 2000 || year > 2200) {
      throw new UsageError(
        `--year 应为年份，例如 2025（收到 "${values.year}"）/ --year must be a year such as 2025, got "${values.year}"`,
      );
    }
    const file = resolve(io.cwd, positionals[0]!);
    const feed = await readRecordsFeed(
      file,
      '这是索引文件：请给出记录文件（分片）/ an index feed: give a records feed',
    );
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
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ ...statistics, due, profile: profile.id }, null, 2)}\n`);
      return ExitCode.ok;
    }
    if (format === 'csv') {
      // One table, the group in the first column, so a spreadsheet can filter and sum it.
      io.stdout.write(
        spreadsheetCsv([
          ['分组 group', '名称 name', ...COLUMNS],
          ...statistics.byCategory.map((entry) => ['category', entry.category, ...figures(entry)]),
          ...statistics.byAgency.map((entry) => ['agency', entry.agency, ...figures(entry)]),
          ...statistics.byMonth.map((entry) => ['month', entry.month, ...figures(entry)]),
          ['total', '合计', ...figures(statistics.totals)],
        ]),
      );
      return ExitCode.ok;
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
    io.stdout.write(lines.join('\n'));
    return ExitCode.ok;
  },
};
