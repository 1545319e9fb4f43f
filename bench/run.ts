/**
 * `npm run bench [-- ID...]`: runs the benchmarks and rewrites docs/BENCHMARKS.md. Sections of
 * benchmarks not run this time are kept as they were, so one figure can be refreshed alone.
 */
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
