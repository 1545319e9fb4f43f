import { resolve } from 'node:path';
import { chinaToday } from '../../core/calendar/iso-date';
import type { Totals } from '../../core/records/annual-statistics';
import { annualReportDeadline } from '../../core/rules/annual-report';
import { DEFAULT_PROFILE, findProfile } from '../../core/rules/policy-profile';
import { aggregateAnnualStatistics } from '../../core/stats/annual-statistics';
import { type Command, ExitCode, UsageError } from '../command';
import { parseCommandArgs } from '../internal/args';
import { readRecordsFeed } from '../internal/feed-file';

const USAGE = `Usage: gongshi stats [--year YYYY] [--agency NAME] [--format text|json] FEED.json

The annual statistics (统计年报) of a feed: decisions by category, agency and month, with
withdrawals, corrections and amounts summed exactly (元). Also says when the report is due
under the feed's profile (31 March for luzhou-2018, 31 January for national-2018).

  --year YYYY     the year of the decisions (default: last year)
  --agency NAME   one agency only
  --format        text (default) or json

Exit: 0 printed, 2 unusable input.`;

function row(label: string, totals: Totals): string {
  const { amounts } = totals;
  return `| ${label} | ${totals.count} | ${totals.withdrawn} | ${totals.corrected} | ${amounts.fine} | ${amounts.confiscation} | ${amounts.levy} | ${amounts.fee} |`;
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
    if (positionals.length !== 1) throw new UsageError('give exactly one FEED.json');
    if (values.format !== 'text' && values.format !== 'json') {
      throw new UsageError(`--format must be text or json, got "${values.format}"`);
    }
    const year = values.year ? Number(values.year) : Number(chinaToday(new Date()).slice(0, 4)) - 1;
    if (!Number.isInteger(year) || year < 2000 || year > 2200) {
      throw new UsageError(`--year must be a year such as 2025, got "${values.year}"`);
    }
    const file = resolve(io.cwd, positionals[0]!);
    const feed = await readRecordsFeed(file, 'an index feed: give a records feed');
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
    if (values.format === 'json') {
      io.stdout.write(`${JSON.stringify({ ...statistics, due, profile: profile.id }, null, 2)}\n`);
      return ExitCode.ok;
    }
    const header = [
      '| | 决定数 decisions | 撤下 withdrawn | 更正 corrected | 罚款 fines (元) | 没收 confiscated (元) | 征收 levies (元) | 收费 fees (元) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
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
