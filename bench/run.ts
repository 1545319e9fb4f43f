/**
 * `npm run bench [-- ID...]`: runs the benchmarks and rewrites docs/BENCHMARKS.md. Sections of
 * benchmarks not run this time are kept as they were, so one figure can be refreshed alone.
 * Each benchmark runs in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { BENCHMARKS } from './index';

const output = resolve(import.meta.dirname, '..', 'docs', 'BENCHMARKS.md');
const requested = process.argv.slice(2);
const unknown = requested.filter((id) => !BENCHMARKS.some((bench) => bench.id === id));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}`);
  console.error(`Known: ${BENCHMARKS.map((bench) => bench.id).join(', ')}`);
  process.exit(2);
}

// Several benchmarks: each runs in a process of its own (this script with one id), which
// rewrites its own section. In one shared process a figure depended on what ran before it:
// the incremental rescan measured 0.47 ms alone and 0.83 ms after the widget benchmarks had
// filled the heap.
const ids = requested.length > 0 ? requested : BENCHMARKS.map((bench) => bench.id);
if (ids.length > 1) {
  let failures = 0;
  for (const id of ids) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, id], {
      stdio: 'inherit',
    });
    if (child.status !== 0) failures++;
  }
  process.exit(failures > 0 ? 1 : 0);
}

const previous = existsSync(output) ? readFileSync(output, 'utf8') : '';
function previousSection(id: string): string | undefined {
  const match = previous.match(new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->`));
  return match?.[0];
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
const sections: string[] = [];
let failed = false;
for (const bench of BENCHMARKS) {
  if (requested.length > 0 && !requested.includes(bench.id)) {
    sections.push(
      previousSection(bench.id) ??
        `<!-- bench:${bench.id} -->\n## ${bench.title}\n\n(not run yet: \`${bench.command}\`)\n<!-- /bench:${bench.id} -->`,
    );
    continue;
  }
  console.log(`▶ ${bench.id}`);
  let body: string;
  try {
    body = await bench.run();
  } catch (error) {
    failed = true;
    body = `**Failed:** ${error instanceof Error ? error.message : String(error)}`;
    console.error(`✗ ${bench.id}:`, error);
  }
  const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`;
  const section = [
    `<!-- bench:${bench.id} -->`,
    `## ${bench.title}`,
    '',
    `Reproduce: \`${bench.command}\``,
    '',
    body,
    '',
    stamp,
    `<!-- /bench:${bench.id} -->`,
  ].join('\n');
  console.log(`${body}\n`);
  sections.push(section);
}

const document = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (bench/run.ts); do not edit by hand. Each figure is compared with a',
  'peer or a floor measured in the same run: the machines are noisy, so ratios hold while',
  'absolute times drift. No test asserts on time.',
  '',
  ...sections.flatMap((section) => [section, '']),
].join('\n');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, document);
console.log(`Wrote ${output}`);
process.exit(failed ? 1 : 0);
