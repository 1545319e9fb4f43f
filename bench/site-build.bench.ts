import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { serialiseFeed } from '../core/feed/serialise-feed';
import { formatCsv, parseCsv } from '../core/spreadsheet/csv';
import { sheetRecords, writeSampleSheets } from '../test/support/sample-sheets';
import { type Benchmark, formatBytes, formatMs, table, time } from './internal/benchmark';

const RECORDS = 10_000;
const AGENCIES = 20;
const TODAY = '2026-11-20';
const root = resolve(import.meta.dirname, '..');

interface Run {
  /** Wall time of the whole command (Node start-up included). */
  readonly wallMs: number;
  /** The command's own time, from its GONGSHI_TIMING trace (start-up excluded). */
  readonly commandMs: number;
  /** Each phase of the trace and how long it took, in the order the command ran them. */
  readonly phases: readonly (readonly [string, number])[];
  readonly stdout: string;
}

/** `gongshi build` as shipped (the bundled CLI), one run. */
function build(sheets: string, site: string): Run {
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      join(root, 'bin', 'gongshi.js'),
      'build',
      '--out',
      site,
      '--today',
      TODAY,
      '--format',
      'json',
      sheets,
    ],
    { env: { ...process.env, GONGSHI_TIMING: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const wallMs = performance.now() - start;
  if (child.status !== 0)
    throw new Error(`gongshi build failed (${child.status}): ${child.stderr}`);
  const laps = [...child.stderr.matchAll(/\[timing\] (.+?) (\d+) ms/g)].map(
    ([, phase, at]) => [phase!, Number(at)] as const,
  );
  const phases = laps.map(
    ([phase, at], index) => [phase, at - (laps[index - 1]?.[1] ?? 0)] as const,
  );
  return {
    wallMs,
    commandMs: laps.filter(([phase]) => phase === 'written').at(-1)?.[1] ?? Number.NaN,
    phases,
    stdout: child.stdout,
  };
}

/** "imported 380, checked 160, …": the median of each phase over the runs, in ms. */
function phaseMedians(runs: readonly Run[]): string {
  return runs[0]!.phases
    .map(
      ([phase], index) =>
        `${phase} ${Math.round(median(runs.map((run) => run.phases[index]![1])))}`,
    )
    .join(', ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Changes one fine in one agency's 行政处罚 sheet (alternating up and down). */
function changeOneSheet(file: string, step: number): void {
  const rows = parseCsv(iconv.decode(readFileSync(file), 'gbk'));
  const column = rows[0]!.findIndex((title) => title.startsWith('罚款金额'));
  const row = rows.findIndex((cells, index) => index > 0 && cells[column]);
  rows[row]![column] = String(Number(rows[row]![column]) + (step % 2 === 0 ? 0.5 : -0.5));
  writeFileSync(file, iconv.encode(formatCsv(rows), 'gbk'));
}

export const siteBuildBenchmark: Benchmark = {
  id: 'site-build',
  title: 'Site build: 10,000 records across 20 agencies, and the rebuild after one sheet changed',
  command: 'npm run bench -- site-build',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'gongshi-bench-site-'));
    try {
      const sheets = join(dir, 'sheets');
      const options = { count: 19_000, agencyCount: AGENCIES, limit: RECORDS };
      writeSampleSheets(sheets, options);
      const { records, agencies } = sheetRecords(options);
      const sourceFiles = readdirSync(sheets).map((name) => join(sheets, name));
      const sourceBytes = sourceFiles.reduce((sum, file) => sum + readFileSync(file).length, 0);
      // The same records as the JSON feed a portal would read them from.
      const feedFile = join(dir, 'feed.json');
      writeFileSync(
        feedFile,
        serialiseFeed({
          format: 'gongshi-feed',
          version: 1,
          kind: 'records',
          publisher: { name: '示例县人民政府' },
          agencies,
          records,
        }),
      );
      const floor = await time(
        () => {
          for (const file of sourceFiles) readFileSync(file);
          JSON.parse(readFileSync(feedFile, 'utf8'));
        },
        { runs: 15, warmup: 3 },
      );

      const site = join(dir, 'site');
      const fresh = () => {
        rmSync(site, { recursive: true, force: true });
        rmSync(join(dir, '.site.gongshi-cache'), { recursive: true, force: true });
      };
      const builds: Run[] = [];
      for (let run = 0; run < 4; run++) {
        fresh();
        builds.push(build(sheets, site));
      }
      builds.shift(); // warm-up: the first run also bundles the CLI
      const first = JSON.parse(builds.at(-1)!.stdout);

      const changed = join(sheets, 'a05-行政处罚.csv');
      const rebuilds: Run[] = [];
      let rebuilt: { written: string[]; kept: number } | undefined;
      for (let run = 0; run < 8; run++) {
        changeOneSheet(changed, run);
        const result = build(sheets, site);
        rebuilt = JSON.parse(result.stdout);
        if (run > 0) rebuilds.push(result);
      }

      const buildWall = median(builds.map((run) => run.wallMs));
      const buildCommand = median(builds.map((run) => run.commandMs));
      const rebuildWall = median(rebuilds.map((run) => run.wallMs));
      const rebuildCommand = median(rebuilds.map((run) => run.commandMs));
      const ratio = (ms: number) => `${(ms / floor.medianMs).toFixed(1)}×`;
      return [
        `${sourceFiles.length} source files (${formatBytes(sourceBytes)}): per agency a 行政处罚 CSV in GBK and a 行政许可 XLSX, and agencies.json with ${AGENCIES} 事前公开 profiles; ${first.records} records after import (${first.listed} listed on ${TODAY}), feed sharded by agency and month; ${first.written.length} files written by a build. The rebuild changes one fine in one agency's sheet and writes ${rebuilt?.written.length} file(s) (${rebuilt?.written.join(', ')}), keeping ${rebuilt?.kept} as hard links.`,
        'Each build runs `gongshi build` as shipped (bin/gongshi.js, a fresh process): *wall* includes Node start-up, *command* is the command’s own time (its GONGSHI_TIMING trace). The floor reads every source file and JSON-parses the same records as a feed, in this process.',
        `Where the command’s time goes (median ms per phase of the trace). Build: ${phaseMedians(builds)}. Rebuild: ${phaseMedians(rebuilds)}.`,
        '',
        table(
          ['step', 'median', 'runs', 'vs floor'],
          [
            [
              'floor: read the sources + JSON.parse the same records',
              formatMs(floor.medianMs),
              String(floor.runs),
              '1.0×',
            ],
            [
              'build from scratch (wall)',
              formatMs(buildWall),
              String(builds.length),
              ratio(buildWall),
            ],
            [
              'build from scratch (command)',
              formatMs(buildCommand),
              String(builds.length),
              ratio(buildCommand),
            ],
            [
              'rebuild after one sheet changed (wall)',
              formatMs(rebuildWall),
              String(rebuilds.length),
              ratio(rebuildWall),
            ],
            [
              'rebuild after one sheet changed (command)',
              formatMs(rebuildCommand),
              String(rebuilds.length),
              ratio(rebuildCommand),
            ],
          ],
        ),
        '',
        `- Target: build ≤ 10× the floor — **${buildCommand <= 10 * floor.medianMs ? 'met' : 'missed'}** (${ratio(buildCommand)}).`,
        `- Target: rebuild ≤ 1 s — **${rebuildWall <= 1000 ? 'met' : rebuildCommand <= 1000 ? 'met for the command, missed with Node start-up' : 'missed'}** (${formatMs(rebuildCommand)} command, ${formatMs(rebuildWall)} wall).`,
      ].join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
