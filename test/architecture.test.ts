import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

// core/ runs in Node, in a page and in an extension service worker, so it may only
// import its own modules and a short list of pure packages.
const PURE_PACKAGES = new Set<string>([
  // ZIP (de)compression in plain JS, no dependencies, no Node or DOM APIs: core/spreadsheet
  // reads and writes XLSX with it in Node, a page and an extension worker alike.
  'fflate',
]);
const BROWSER_GLOBALS =
  /\b(?:document|window|navigator|localStorage|sessionStorage|indexedDB|HTMLElement|customElements|chrome|browser)\s*[.[(]/;

describe('core/ stays portable', () => {
  const files = sourceFiles(join(root, 'core'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)]
      .map((match) => match[1] ?? match[2] ?? '')
      .filter((specifier) => !specifier.startsWith('.'));
    const foreign = imports.filter((specifier) => !PURE_PACKAGES.has(specifier));
    expect(foreign, 'non-relative imports').toEqual([]);
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(BROWSER_GLOBALS);
  });
});
