/**
 * The labelled corpus (test/fixtures/privacy-corpus): every expected personal item is
 * found and removed, public items survive. Prints recall and precision per kind.
 *
 * Run alone: npx vitest run test/privacy-corpus.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectHtml, redactHtml, scanHtml } from '../core/privacy/html';
import type { Finding } from '../core/privacy/kinds';
import { redactText } from '../core/privacy/redact';
import { normaliseForComparison, scanText } from '../core/privacy/scan';

const root = join(import.meta.dirname, 'fixtures', 'privacy-corpus');

interface Expected {
  readonly personal: readonly (readonly [string, string])[];
  readonly public: readonly string[];
}

function documents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return documents(path);
    return /\.(txt|html)$/.test(entry.name) ? [path] : [];
  });
}

const totals = new Map<string, { expected: number; found: number; correct: number }>();
let publicTotal = 0;
let publicSurvived = 0;
const lostPublic: string[] = [];
const missed: string[] = [];
const spurious: string[] = [];

function tally(kind: string, field: 'expected' | 'found' | 'correct') {
  const entry = totals.get(kind) ?? { expected: 0, found: 0, correct: 0 };
  entry[field]++;
  totals.set(kind, entry);
}

const files = documents(root).sort();

describe('privacy corpus', () => {
  it('has documents', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s', (name, file) => {
    const source = readFileSync(file, 'utf8');
    const expected = JSON.parse(
      readFileSync(file.replace(/\.(txt|html)$/, '.expected.json'), 'utf8'),
    ) as Expected;
    const html = file.endsWith('.html');
    const findings: Finding[] = html ? scanHtml(source) : scanText(source);
    const remaining = findings.map((finding) => [finding.kind, finding.text] as const);
    for (const [kind, text] of expected.personal) {
      tally(kind, 'expected');
      const index = remaining.findIndex(([k, t]) => k === kind && t === text);
      if (index >= 0) {
        tally(kind, 'correct');
        remaining.splice(index, 1);
      } else missed.push(`${name}: ${kind} ${JSON.stringify(text)}`);
    }
    for (const finding of findings) tally(finding.kind, 'found');
    for (const [kind, text] of remaining) spurious.push(`${name}: ${kind} ${JSON.stringify(text)}`);

    const redacted = html ? redactHtml(source) : redactText(source);
    // No ID or mobile number survives, in any form: compare digits with separators removed.
    const visible = normaliseForComparison(
      html ? `${projectHtml(redacted).text}${redacted}` : redacted,
    );
    for (const [kind, text] of expected.personal) {
      if (kind !== 'resident-id' && kind !== 'mobile' && kind !== 'bank-card') continue;
      const digits = normaliseForComparison(text).replace(/^(\+?86|0086)/, '');
      expect(visible, `${kind} ${text} survived redaction`).not.toContain(digits);
    }
    for (const item of expected.public) {
      publicTotal++;
      expect(source, `public item ${item} is in the document`).toContain(item);
      if (redacted.includes(item)) publicSurvived++;
      else lostPublic.push(`${name}: ${item}`);
    }
    // Redacting twice changes nothing; the redacted document scans clean.
    expect(html ? redactHtml(redacted) : redactText(redacted)).toBe(redacted);
    expect(html ? scanHtml(redacted) : scanText(redacted)).toEqual([]);
  });

  afterAll(() => {
    const rows = [...totals.entries()].sort().map(([kind, { expected, found, correct }]) => {
      const recall = expected === 0 ? 1 : correct / expected;
      const precision = found === 0 ? 1 : correct / found;
      return `  ${kind.padEnd(14)} expected ${String(expected).padStart(4)}  found ${String(found).padStart(4)}  recall ${(recall * 100).toFixed(1).padStart(5)}%  precision ${(precision * 100).toFixed(1).padStart(5)}%`;
    });
    const all = [...totals.values()].reduce(
      (sum, entry) => ({
        expected: sum.expected + entry.expected,
        found: sum.found + entry.found,
        correct: sum.correct + entry.correct,
      }),
      { expected: 0, found: 0, correct: 0 },
    );
    console.log(
      [
        `Privacy corpus: ${files.length} documents`,
        ...rows,
        `  ${'all'.padEnd(14)} expected ${String(all.expected).padStart(4)}  found ${String(all.found).padStart(4)}  recall ${((all.correct / all.expected) * 100).toFixed(1)}%  precision ${((all.correct / all.found) * 100).toFixed(1)}%`,
        `  public items surviving redaction: ${publicSurvived}/${publicTotal} (${((publicSurvived / publicTotal) * 100).toFixed(2)}%)`,
        ...(missed.length ? ['  missed:', ...missed.map((line) => `    ${line}`)] : []),
        ...(spurious.length ? ['  not expected:', ...spurious.map((line) => `    ${line}`)] : []),
        ...(lostPublic.length
          ? ['  public items lost:', ...lostPublic.map((line) => `    ${line}`)]
          : []),
      ].join('\n'),
    );
    expect(publicSurvived / publicTotal).toBeGreaterThanOrEqual(0.99);
    expect(all.correct / all.expected).toBeGreaterThanOrEqual(0.98);
  });
});
