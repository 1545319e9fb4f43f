import { join, relative, resolve } from 'node:path';
import { chinaToday, isIsoDate } from '../../core/calendar/iso-date';
import type { DecisionRecord } from '../../core/records/decision-record';
import type { ImportedSources } from '../../core/site/import-sources';
import { importSources } from '../../core/site/import-sources';
import { mergeSources } from '../../core/site/merge-sources';
import { planSite } from '../../core/site/plan-site';
import { createSitePrivacy } from '../../core/site/public-text';
import { BLOCKING_CODES, checkForPublication } from '../../core/site/publication-gate';
import { SitePath } from '../../core/site/site-paths';
import { DEFAULT_PAGE_TEMPLATE, parsePageTemplate } from '../../core/site/template';
import { importWorkbook } from '../../core/spreadsheet/import-workbook';
import { version } from '../../package.json';
import { type Command, type CommandIO, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readBytes } from '../internal/files';
import { loadProfile } from '../internal/load-profile';
import { BuildWorker } from '../site/build-worker';
import { collectSources } from '../site/collect-sources';
import { ImportCache, workbookAgencies } from '../site/import-cache';
import { withRecordHeads } from '../site/record-heads';
import { readPreviousSite, sha256, writeSite } from '../site/site-folder';
import { SiteStage } from '../site/site-stage';

const USAGE = `Usage: gongshi build --out SITE [options] SOURCE...

Builds the portal's disclosure column from the agencies' sheets: imports every sheet in
SOURCE (files or folders: 双公示 penalty and licence sheets as CSV in UTF-8/GBK or XLSX, and
Gongshi feeds as .json), merges them with what SITE already publishes (a changed record gets
a correction, a missing one is kept and reported), runs the publication rules and the
privacy engine, and writes SITE: the feed (sharded by agency and month when large), static
pages readable without JavaScript, the widgets' fallback snippets and sitemap.xml.

  --out SITE            the site folder; replaced atomically, so a failed build leaves it as
                        it was. Files whose content did not change are not written again
  --template FILE       the portal's page template, with {{title}} and {{content}} (and
                        optionally {{head}}, {{root}}); default: a plain accessible page
  --base-url URL        the site's public address (https://…/) for sitemap.xml and the links
                        in the snippets
  --widgets URL|none    the widgets' loader on the portal, for the home page's four widgets
                        (default /widgets/gongshi-loader.js)
  --profile NAME|FILE   luzhou-2018, national-2018, or a JSON profile file (default: the
                        feed's own, else luzhou-2018)
  --today YYYY-MM-DD    the day to build for; new records are published on it (default:
                        today in China)
  --shard-above N       shard the feed by agency and month above N records (default 2000)
  --record FILE.json    an agency's publishing record (gongshi merge-log); repeatable. It must
                        verify and still hold the head the site published before; its head is
                        published on the agency's profile (verify-log --heads checks it later)
  --format text|json    the report's format (default text)

Exit: 0 built; 1 not built, the report says what to fix (a rejected row, an unknown column,
a damaged byte, two sources disagreeing, personal data or a minor's decision); 2 unusable
input (a file that cannot be read, a bad template or argument). SITE is untouched unless 0.`;

interface Options {
  readonly site: string;
  readonly sources: readonly string[];
  readonly template?: string;
  readonly baseUrl?: string;
  readonly widgetsUrl?: string;
  readonly profile?: string;
  readonly today: string;
  readonly shardAbove: number;
  readonly format: 'text' | 'json';
  readonly records: readonly string[];
}

function parseOptions(args: readonly string[], cwd: string): Options {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string' },
    template: { type: 'string' },
    'base-url': { type: 'string' },
    widgets: { type: 'string' },
    profile: { type: 'string' },
    today: { type: 'string' },
    'shard-above': { type: 'string' },
    record: { type: 'string', multiple: true },
    format: { type: 'string', default: 'text' },
  });
  if (!values.out) throw new UsageError('必须给出 --out SITE / --out SITE is required');
  if (positionals.length === 0) {
    throw new UsageError(
      '请给出表格文件或所在文件夹 / give the sheets, or the folders that hold them',
    );
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw notOneOf('--format', ['text', 'json'], values.format);
  }
  if (values.today && !isIsoDate(values.today)) {
    throw new UsageError(
      `--today 应为日期 YYYY-MM-DD（收到 "${values.today}"）/ --today must be a date YYYY-MM-DD, got "${values.today}"`,
    );
  }
  const shardAbove = values['shard-above'] === undefined ? 2000 : Number(values['shard-above']);
  if (!Number.isInteger(shardAbove) || shardAbove < 0) {
    throw new UsageError(
      `--shard-above 应为非负整数（收到 "${values['shard-above']}"）/ --shard-above must be a whole number, got "${values['shard-above']}"`,
    );
  }
  let baseUrl = values['base-url'];
  if (baseUrl !== undefined) {
    if (!/^(https?:\/\/[^\s]+|\/[^\s]*)$/i.test(baseUrl)) {
      throw new UsageError(
        `--base-url 应为 https://… 网址或以 / 开头的路径（收到 "${baseUrl}"）/ --base-url must be an https://… URL or a path starting with /, got "${baseUrl}"`,
      );
    }
    if (!baseUrl.endsWith('/')) baseUrl += '/';
  }
  const widgets = values.widgets ?? '/widgets/gongshi-loader.js';
  return {
    site: resolve(cwd, values.out),
    sources: positionals,
    ...(values.template ? { template: resolve(cwd, values.template) } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(widgets === 'none' ? {} : { widgetsUrl: widgets }),
    ...(values.profile ? { profile: values.profile } : {}),
    today: values.today ?? chinaToday(new Date()),
    shardAbove,
    format: values.format,
    records: (values.record ?? []).map((file) => resolve(cwd, file)),
  };
}

function printSources(io: CommandIO, imported: ImportedSources): void {
  for (const report of imported.reports) {
    const counts =
      report.kind === 'unreadable'
        ? '无法读取 / unreadable'
        : `${report.imported} imported${report.rejected ? `, ${report.rejected} rejected` : ''}`;
    io.stdout.write(`  ${report.name}: ${report.detail ? `${report.detail} — ` : ''}${counts}\n`);
    // Errors one by one (each needs fixing); warnings once per code, with their rows.
    const warnings = new Map<string, { message: string; messageEn: string; rows: number[] }>();
    for (const problem of report.problems) {
      if (problem.severity === 'warning') {
        const entry = warnings.get(problem.code) ?? {
          message: problem.message,
          messageEn: problem.messageEn,
          rows: [],
        };
        if (problem.row) entry.rows.push(problem.row);
        warnings.set(problem.code, entry);
        continue;
      }
      const where = [
        problem.row ? `row ${problem.row}` : '',
        problem.column ? `「${problem.column}」` : '',
      ]
        .filter(Boolean)
        .join(' ');
      io.stdout.write(
        `    ✗ ${where ? `${where} ` : ''}[${problem.code}] ${problem.message}\n        ${problem.messageEn}\n`,
      );
    }
    for (const [code, { message, messageEn, rows }] of warnings) {
      const shown = rows.slice(0, 8).join(', ') + (rows.length > 8 ? ', …' : '');
      io.stdout.write(
        `    ! [${code}] ×${Math.max(rows.length, 1)}${rows.length ? ` (rows ${shown})` : ''} ${message}\n        ${messageEn}\n`,
      );
    }
  }
}

const NOT_PUBLISHED = (site: string) =>
  `未发布：${site} 未改动。/ Nothing published: ${site} is unchanged.\n`;

/**
 * Runs one build, timed from `started`; `staging` holds the worker thread and receives the
 * new site's folder as soon as it exists, for the caller to stop and remove whatever happens.
 */
async function build(
  options: Options,
  io: CommandIO,
  staging: { worker?: BuildWorker; stage?: SiteStage },
  started: number,
): Promise<ExitCode> {
  // GONGSHI_TIMING=1 prints how long each phase took (for the benchmark and slow builds).
  const lap = (phase: string) => {
    if (process.env.GONGSHI_TIMING) {
      io.stderr.write(`[timing] ${phase} ${Math.round(performance.now() - started)} ms\n`);
    }
  };
  const json = options.format === 'json';
  const say = (text: string) => {
    if (!json) io.stdout.write(text);
  };
  const stop = (code: ExitCode, report: Record<string, unknown>) => {
    if (json) {
      io.stdout.write(
        `${JSON.stringify({ site: options.site, published: false, ...report }, null, 2)}\n`,
      );
    }
    io.stderr.write(`gongshi build: ${NOT_PUBLISHED(options.site)}`);
    return code;
  };

  let templateSource = DEFAULT_PAGE_TEMPLATE;
  if (options.template) {
    const bytes = await readBytes(options.template);
    if (bytes instanceof Error) {
      io.stderr.write(`gongshi build: ${bytes.message}\n`);
      return stop(ExitCode.error, {});
    }
    templateSource = new TextDecoder().decode(bytes);
  }
  const { template, problems: templateProblems } = parsePageTemplate(templateSource);
  if (!template) {
    for (const problem of templateProblems) {
      io.stderr.write(
        `gongshi build: ${options.template}: ${problem.message}\n  ${problem.messageEn}\n`,
      );
    }
    return stop(ExitCode.error, { template: templateProblems });
  }

  const files = await collectSources(options.sources, io.cwd, options.site);
  if (files instanceof Error) {
    io.stderr.write(`gongshi build: ${files.message}\n`);
    return stop(ExitCode.error, {});
  }
  if (files.length === 0) {
    io.stderr.write(
      'gongshi build: 没有找到表格（.csv .xlsx）或数据文件（.json）/ no sheets (.csv .xlsx) or feeds (.json) found\n',
    );
    return stop(ExitCode.error, {});
  }
  say(`gongshi build → ${options.site}\n`);
  lap('sources read');
  const previous = await readPreviousSite(options.site);
  lap('previous site read');
  if (previous instanceof Error) {
    io.stderr.write(`gongshi build: ${previous.message}\n`);
    return stop(ExitCode.error, {});
  }
  // The new site's folder, opened now so that the previous site's files are carried over
  // into it (by a worker thread) while the sheets are imported and checked. When it cannot
  // be created, writeSite tries again and says why.
  try {
    staging.stage = SiteStage.open(options.site, previous !== undefined, staging.worker);
  } catch {
    staging.stage = undefined;
  }
  const generator = `gongshi ${version}`;
  // Spreadsheets whose bytes were imported by an earlier build of this version come from
  // the cache beside SITE; only new or changed ones are imported now.
  const hashes = Object.fromEntries(files.map((file) => [file.name, sha256(file.bytes)]));
  const cache = new ImportCache(options.site, generator);
  await cache.open();
  // A changed sheet can only meet sheets of the same agencies (a record's id and a list
  // entry's key include the agency): those are taken from the cache to run with it, for
  // conflicts and records left out. Unchanged sheets of other agencies are in the
  // previous site's feed already and are not read at all.
  const sheetsOnly = files.filter((file) => !/\.json$/i.test(file.name));
  const unknown = sheetsOnly.filter((file) => !cache.agenciesOf(hashes[file.name]!));
  // Imported here, and reported with the others below (importSources takes them as cached).
  const pending = unknown.map(({ name, bytes }) =>
    importWorkbook(bytes, { fileName: name, publicationDate: options.today }),
  );
  const affected = new Set(pending.flatMap(workbookAgencies));
  const needed = previous
    ? sheetsOnly.filter(
        (file) =>
          !unknown.includes(file) &&
          cache.agenciesOf(hashes[file.name]!)!.some((agency) => affected.has(agency)),
      )
    : sheetsOnly.filter((file) => !unknown.includes(file));
  await cache.load(needed.map((file) => hashes[file.name]!));
  const fresh = new Map(pending.map((workbook) => [workbook.file, workbook]));
  const imported = importSources(
    [...files.filter((file) => /\.json$/i.test(file.name)), ...needed, ...unknown],
    {
      publicationDate: options.today,
      cached: (source) => fresh.get(source.name) ?? cache.get(hashes[source.name]!),
    },
  );
  for (const workbook of pending) cache.remember(hashes[workbook.file]!, workbook);
  // About one file per record: what the new site's folder may make ready meanwhile.
  staging.stage?.expect(
    imported.feedRecords.length +
      imported.workbooks.reduce(
        (sum, workbook) => sum + workbook.sheets.reduce((n, sheet) => n + sheet.records.length, 0),
        0,
      ),
  );
  lap('imported');
  say(
    `Sources 数据来源 (${unknown.length} of ${sheetsOnly.length} sheets new or changed, ${needed.length} unchanged read with them):\n`,
  );
  if (!json) printSources(io, imported);
  if (imported.unusable || imported.failed) {
    return stop(imported.unusable ? ExitCode.error : ExitCode.findings, {
      sources: imported.reports,
    });
  }

  const merged = mergeSources(imported, previous?.feed, {
    today: options.today,
    publicationDate: options.today,
  });
  lap('merged');
  const conflicts = [...merged.problems, ...merged.applied.conflicts];
  for (const problem of conflicts) {
    say(`  ✗ [${problem.code}] ${problem.message}\n      ${problem.messageEn}\n`);
  }
  if (conflicts.length > 0) {
    return stop(ExitCode.findings, { sources: imported.reports, conflicts });
  }

  const heads = await withRecordHeads(merged.feed, options.records, previous?.feed, options.today);
  if (!heads.ok) {
    for (const message of heads.messages) say(`  ✗ ${message}\n`);
    return stop(heads.unusable ? ExitCode.error : ExitCode.findings, {
      sources: imported.reports,
      records: heads.messages,
    });
  }
  for (const note of heads.notes) say(`  ! ${note}\n`);
  const feed = heads.feed;

  const profile = await loadProfile(options.profile, feed.profile, io.cwd);
  if (profile instanceof Error) {
    io.stderr.write(`gongshi build: ${profile.message}\n`);
    return stop(ExitCode.error, { sources: imported.reports });
  }
  // Records carried over unchanged from a site this same version built were scanned then.
  const trusted =
    previous && previous.manifest.generator === generator
      ? new Set<DecisionRecord>(previous.feed.records)
      : undefined;
  // One privacy engine for the check and the pages: the pages redact what the check scanned.
  const privacy = createSitePrivacy(feed.agencies ?? []);
  const gate = checkForPublication(feed.records, {
    profile,
    today: options.today,
    privacy,
    ...(trusted ? { trusted } : {}),
  });
  lap('checked');
  const blocking = gate.records.flatMap(({ record, issues }) =>
    issues
      .filter((issue) => BLOCKING_CODES.has(issue.code))
      .map((issue) => ({ id: record.id, documentNumber: record.documentNumber, ...issue })),
  );
  say(
    `Check 检查 (${profile.id}, ${options.today}): ${blocking.length} blocking, ${gate.counts.error} error(s), ${gate.counts.warning} warning(s)\n`,
  );
  for (const issue of blocking) {
    say(
      `  ✗ ${issue.id}  ${issue.documentNumber ?? '(无文号)'}  [${issue.code}] ${issue.field}\n      ${issue.message}\n      ${issue.messageEn}\n`,
    );
  }
  if (blocking.length > 0) {
    say(
      '含个人信息或未成年人的决定不能发布：请在表格中改正后重新生成。/ Personal data or a minor’s decision cannot be published: fix the sheet and build again.\n',
    );
    return stop(ExitCode.findings, {
      sources: imported.reports,
      check: { counts: gate.counts, blocking },
    });
  }
  const nonBlocking = gate.counts.error + gate.counts.warning;
  if (nonBlocking > 0) {
    const codes = new Map<string, number>();
    for (const { issues } of gate.records) {
      for (const issue of issues) {
        if (issue.severity !== 'info') codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
      }
    }
    say(
      `  (${[...codes].map(([code, count]) => `${code} ×${count}`).join(', ')}: not blocking; details: gongshi check ${relative(io.cwd, join(options.site, SitePath.feed))})\n`,
    );
  }
  const { counts, changes } = merged.applied;
  say(
    `Changes 变更: ${counts.added} new, ${counts.corrected} corrected, ${counts.withdrawn} withdrawn, ${counts.unchanged} unchanged, ${counts.missing} missing from the sheets (kept)\n`,
  );
  for (const change of changes) {
    if (change.action === 'added' || change.action === 'unchanged') continue;
    const mark = change.action === 'corrected' ? '~' : change.action === 'withdrawn' ? '-' : '!';
    const fields = change.fields?.length ? `: ${change.fields.join(', ')}` : '';
    const reason = change.reason ? ` (${change.reason})` : '';
    say(`  ${mark} ${change.action} ${change.label}${fields}${reason}\n`);
    for (const problem of change.problems) {
      say(`      ! ${problem.message}\n        ${problem.messageEn}\n`);
    }
  }

  const plan = planSite({
    feed,
    today: options.today,
    generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    template,
    profile,
    shardAbove: options.shardAbove,
    privacy,
    ...(previous ? { knownRecordKeys: previous.recordKeys } : {}),
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.widgetsUrl ? { widgetsUrl: options.widgetsUrl } : {}),
  });
  staging.stage?.expect(plan.files.length);
  lap('planned');
  for (const note of plan.notes) say(`  ! ${note.message}\n    ${note.messageEn}\n`);
  let result: Awaited<ReturnType<typeof writeSite>>;
  try {
    result = await writeSite(
      options.site,
      plan.files,
      previous,
      { generator, sources: hashes, records: plan.recordKeys },
      { ...(staging.stage ? { stage: staging.stage } : {}), lap },
    );
    lap('old site removed');
    await cache.save(new Set(Object.values(hashes)));
  } catch (error) {
    io.stderr.write(`gongshi build: ${(error as Error).message}\n`);
    return stop(ExitCode.error, { sources: imported.reports });
  }
  lap('written');
  if (json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          site: options.site,
          published: true,
          sources: imported.reports,
          check: { counts: gate.counts, blocking: [] },
          counts,
          changes: changes.filter((change) => change.action !== 'unchanged'),
          records: feed.records.length,
          listed: plan.listed,
          sharded: plan.sharded,
          written: result.written,
          kept: result.kept,
          removed: result.removed,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    say(
      `Wrote ${result.written.length} file(s), kept ${result.kept} unchanged, removed ${result.removed}: ${feed.records.length} records (${plan.listed} listed${plan.sharded ? ', feed sharded by agency and month' : ''}).\n`,
    );
    say(
      `已生成站点：写入 ${result.written.length} 个文件，保留 ${result.kept} 个未变文件。片段（贴入各组件标签）见 ${options.site}/snippets/。\n`,
    );
  }
  return ExitCode.ok;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'Build the disclosure column (feed, static pages, snippets, sitemap) from the sheets',
  usage: USAGE,
  async run(args, io) {
    const options = parseOptions(args, io.cwd);
    const started = performance.now();
    // The second thread first, so that it loads while the sources and the previous site are
    // read; stopped at the end. The new site's folder, once opened, is removed again unless
    // the build put it in place.
    const worker = await BuildWorker.start();
    const staging: { worker?: BuildWorker; stage?: SiteStage } = worker ? { worker } : {};
    try {
      return await build(options, io, staging, started);
    } finally {
      await staging.stage?.discard();
      await staging.worker?.stop();
    }
  },
};
