import { dirname, resolve } from 'node:path';
import { chinaToday, isIsoDate } from '../../core/calendar/iso-date';
import { chinaCalendar, type WorkingDayCalendar } from '../../core/calendar/working-day-calendar';
import type { Problem } from '../../core/diagnostics/problem';
import type { RecordsFeed } from '../../core/feed/feed';
import { type ParsedFeed, parseFeed } from '../../core/feed/parse-feed';
import { scanText } from '../../core/privacy/scan';
import type { AgencyProfile } from '../../core/records/agency-profile';
import type { DecisionRecord } from '../../core/records/decision-record';
import { type AgencyReport, checkAgencies } from '../../core/rules/check-agency';
import { checkFeed } from '../../core/rules/check-record';
import { SEVERITY_ORDER, Severity } from '../../core/rules/issue';
import type { PolicyProfile } from '../../core/rules/policy-profile';
import { type Command, type CommandIO, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readBytes } from '../internal/files';
import { loadProfile } from '../internal/load-profile';

const USAGE = `Usage: gongshi check [options] FEED.json

Runs the publication rules over every record of a feed (an index feed's shards are read
from beside it): required fields, publication deadlines in working days, full text,
withdrawals, publicity periods, minors. Checks each agency's 事前公开 profile too:
personal data, information not updated for 12 months (the profile's
agencyInfoMaxAgeMonths), officers whose credential expired before --today.

  --profile NAME|FILE   luzhou-2018 (default), national-2018, or a JSON profile file
                        (may "extends" a built-in one); default: the feed's own profile
  --today YYYY-MM-DD    the day to check for (default: today in China)
  --calendar FILE       a year's holiday schedule (JSON) to add; repeatable
  --show LEVEL          lowest severity listed: error, warning (default) or info
  --format text|json    the report's format (default text)

Exit: 0 no errors, 1 errors found (problems reading records count as errors), 2 unusable
input.`;

interface Loaded {
  readonly records: DecisionRecord[];
  readonly agencies: readonly AgencyProfile[];
  readonly problems: { file: string; problem: Problem }[];
  readonly profile?: string;
}

async function readFeedFile(file: string): Promise<ParsedFeed | Error> {
  const bytes = await readBytes(file);
  if (bytes instanceof Error) return bytes;
  return parseFeed(new TextDecoder().decode(bytes));
}

/** The feed's records; for an index feed, every shard's, read from files beside it. */
async function loadRecords(file: string): Promise<Loaded | Error> {
  const read = await readFeedFile(file);
  if (read instanceof Error) return read;
  const problems = read.problems.map((problem) => ({ file, problem }));
  if (!read.feed) {
    const first = read.problems[0];
    return new Error(
      `${file}: ${first ? `${first.message} / ${first.messageEn}` : '不是公示数据文件 / not a feed'}`,
    );
  }
  const agencies = read.feed.agencies ?? [];
  if (read.feed.kind === 'records') {
    return {
      records: [...read.feed.records],
      agencies,
      problems,
      ...(read.feed.profile ? { profile: read.feed.profile } : {}),
    };
  }
  const records: DecisionRecord[] = [];
  for (const shard of read.feed.shards) {
    const shardFile = resolve(dirname(file), shard.url);
    const shardRead = await readFeedFile(shardFile);
    if (shardRead instanceof Error || !shardRead.feed || shardRead.feed.kind !== 'records') {
      problems.push({
        file: shardFile,
        problem: {
          path: '$',
          code: 'feed.shard-unreadable',
          message: `分片无法读取：${shardRead instanceof Error ? shardRead.message : (shardRead.problems[0]?.message ?? '不是记录文件')}`,
          messageEn: `shard unreadable: ${shardRead instanceof Error ? shardRead.message : (shardRead.problems[0]?.messageEn ?? 'not a records feed')}`,
        },
      });
      continue;
    }
    problems.push(...shardRead.problems.map((problem) => ({ file: shardFile, problem })));
    records.push(...shardRead.feed.records);
  }
  return {
    records,
    agencies,
    problems,
    ...(read.feed.profile ? { profile: read.feed.profile } : {}),
  };
}

async function loadCalendar(
  files: readonly string[],
  cwd: string,
): Promise<WorkingDayCalendar | Error> {
  let calendar = chinaCalendar();
  for (const file of files) {
    const bytes = await readBytes(resolve(cwd, file));
    if (bytes instanceof Error) return bytes;
    const loaded = calendar.loadYear(new TextDecoder().decode(bytes));
    if (loaded.problems.length > 0) {
      return new Error(
        `${file}: ${loaded.problems.map((problem) => `${problem.path}: ${problem.message} / ${problem.messageEn}`).join('; ')}`,
      );
    }
    calendar = loaded.calendar;
  }
  return calendar;
}

function printText(
  io: CommandIO,
  file: string,
  loaded: Loaded,
  report: ReturnType<typeof checkFeed>,
  agencies: ReturnType<typeof checkAgencies>,
  context: { profile: PolicyProfile; today: string; show: Severity },
): void {
  io.stdout.write(
    `${file}: ${loaded.records.length} records, ${loaded.agencies.length} agencies, profile ${context.profile.id}, checked for ${context.today}\n`,
  );
  for (const { file: source, problem } of loaded.problems) {
    io.stdout.write(
      `  ✗ ${source === file ? '' : `${source} `}${problem.path}  [${problem.code}] ${problem.message}\n      ${problem.messageEn}\n`,
    );
  }
  for (const entry of report.records) {
    const shown = entry.issues.filter(
      (issue) => SEVERITY_ORDER[issue.severity] <= SEVERITY_ORDER[context.show],
    );
    if (shown.length === 0) continue;
    const record = loaded.records[entry.index]!;
    const mark = shown.some((issue) => issue.severity === Severity.error)
      ? '✗'
      : shown.some((issue) => issue.severity === Severity.warning)
        ? '!'
        : 'i';
    io.stdout.write(
      `${mark} ${record.id}  ${record.documentNumber ?? '(无文号)'}  ${record.party.name}  ${record.agency.name}\n`,
    );
    for (const issue of shown) {
      const detail = [
        issue.expected ? `expected ${issue.expected}` : '',
        issue.received ? `received ${issue.received}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      io.stdout.write(
        `    ${issue.severity.padEnd(7)} ${issue.code}  ${issue.field}${detail ? `  (${detail})` : ''}\n`,
      );
      io.stdout.write(`            ${issue.message}\n            ${issue.messageEn}\n`);
    }
  }
  for (const entry of agencies.agencies) printAgency(io, entry, context.show);
  const flagged = report.records.filter((entry) =>
    entry.issues.some((issue) => issue.severity !== Severity.info),
  ).length;
  const flaggedAgencies = agencies.agencies.filter((entry) =>
    entry.issues.some((issue) => issue.severity !== Severity.info),
  ).length;
  const errors = report.counts.error + agencies.counts.error + loaded.problems.length;
  const warnings = report.counts.warning + agencies.counts.warning;
  const info = report.counts.info + agencies.counts.info;
  io.stdout.write(
    `Summary: ${errors} error(s), ${warnings} warning(s), ${info} info; ${flagged} of ${loaded.records.length} records and ${flaggedAgencies} of ${loaded.agencies.length} agencies need attention.\n`,
  );
  io.stdout.write(`共 ${errors} 个错误、${warnings} 个警告。\n`);
}

/** One agency's 事前公开 issues, headed by its name, in the records' layout. */
function printAgency(io: CommandIO, entry: AgencyReport, show: Severity): void {
  const shown = entry.issues.filter(
    (issue) => SEVERITY_ORDER[issue.severity] <= SEVERITY_ORDER[show],
  );
  if (shown.length === 0) return;
  const mark = shown.some((issue) => issue.severity === Severity.error) ? '✗' : '!';
  io.stdout.write(`${mark} agencies[${entry.index}]  ${entry.name}  (事前公开)\n`);
  for (const issue of shown) {
    io.stdout.write(`    ${issue.severity.padEnd(7)} ${issue.code}  ${issue.field}\n`);
    io.stdout.write(`            ${issue.message}\n            ${issue.messageEn}\n`);
  }
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a feed against the publication rules (deadlines, required fields, minors…)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      profile: { type: 'string' },
      today: { type: 'string' },
      calendar: { type: 'string', multiple: true },
      show: { type: 'string', default: 'warning' },
      format: { type: 'string', default: 'text' },
    });
    if (positionals.length !== 1) {
      throw new UsageError('需要且只能给一个 FEED.json / give exactly one FEED.json');
    }
    if (values.format !== 'text' && values.format !== 'json') {
      throw notOneOf('--format', ['text', 'json'], values.format);
    }
    if (!(values.show in SEVERITY_ORDER)) {
      throw notOneOf('--show', ['error', 'warning', 'info'], values.show);
    }
    if (values.today && !isIsoDate(values.today)) {
      throw new UsageError(
        `--today 应为日期 YYYY-MM-DD（收到 "${values.today}"）/ --today must be a date YYYY-MM-DD, got "${values.today}"`,
      );
    }
    const today = values.today ?? chinaToday(new Date());
    const file = resolve(io.cwd, positionals[0]!);

    const loaded = await loadRecords(file);
    if (loaded instanceof Error) {
      io.stderr.write(`gongshi check: ${loaded.message}\n`);
      return ExitCode.error;
    }
    const profile = await loadProfile(values.profile, loaded.profile, io.cwd);
    if (profile instanceof Error) {
      io.stderr.write(`gongshi check: ${profile.message}\n`);
      return ExitCode.error;
    }
    const calendar = await loadCalendar(values.calendar ?? [], io.cwd);
    if (calendar instanceof Error) {
      io.stderr.write(`gongshi check: ${calendar.message}\n`);
      return ExitCode.error;
    }
    const feed: RecordsFeed = {
      format: 'gongshi-feed',
      version: 1,
      kind: 'records',
      publisher: { name: '' },
      records: loaded.records,
    };
    // The privacy engine finds personal data left in public fields (rule personal-data.found).
    const report = checkFeed(feed, {
      profile,
      today,
      calendar,
      scanText: (text) => scanText(text),
    });
    const agencies = checkAgencies(loaded.agencies, {
      profile,
      today,
      scanText: (text) => scanText(text),
    });
    const errors = report.counts.error + agencies.counts.error + loaded.problems.length;
    if (values.format === 'json') {
      io.stdout.write(
        `${JSON.stringify(
          {
            file,
            profile: profile.id,
            today,
            counts: {
              error: errors,
              warning: report.counts.warning + agencies.counts.warning,
              info: report.counts.info + agencies.counts.info,
            },
            feedProblems: loaded.problems,
            records: report.records.filter((entry) => entry.issues.length > 0),
            agencies: agencies.agencies.filter((entry) => entry.issues.length > 0),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      printText(io, file, loaded, report, agencies, {
        profile,
        today,
        show: values.show as Severity,
      });
    }
    return errors > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
