import { SUBJECT_WINDOW } from './internal/context';
import type { Finding, ScanOptions } from './kinds';
import { type CompiledScanOptions, compileScanOptions, scanRange } from './scan';

type RelativeFindings = readonly Finding[];

/**
 * Scanner for editors: call `update(text)` after every edit and get the same findings as
 * `scanText(text)`, at a cost proportional to the edited paragraph.
 *
 * Each line is scanned on its own (no finding crosses a line break) with the characters just
 * before it as context (labels, whose block it is), and its findings are cached under the
 * line's text plus that context. After an edit only the lines whose text or context changed
 * are scanned again; the others are looked up and shifted to their new offsets.
 *
 * Limit: `alwaysRedact` words spanning a line break are not found (as in scanText).
 *
 * @example
 * const scanner = new IncrementalScanner();
 * editor.on('input', () => highlight(scanner.update(editor.text)));
 */
export class IncrementalScanner {
  private readonly options: CompiledScanOptions;
  private cache = new Map<string, RelativeFindings>();

  constructor(options?: ScanOptions) {
    this.options = compileScanOptions(options);
  }

  update(text: string): Finding[] {
    const next = new Map<string, RelativeFindings>();
    const findings: Finding[] = [];
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        const contextStart = Math.max(0, start - SUBJECT_WINDOW);
        // A line's findings depend on its text, the text before it and the data found there
        // (words inside personal data never decide whose block a line is in): all in the key.
        let key = `${start - contextStart}:${text.slice(contextStart, end + 1)}`;
        let firstPrior = findings.length;
        while (firstPrior > 0 && findings[firstPrior - 1]!.end > contextStart) firstPrior--;
        for (let k = firstPrior; k < findings.length; k++) {
          key += `\u0000${findings[k]!.start - start},${findings[k]!.end - start}`;
        }
        let relative = next.get(key) ?? this.cache.get(key);
        if (!relative) {
          const prior = findings.slice(firstPrior);
          relative = scanRange(text, start, end, this.options, prior).map((finding) => ({
            ...finding,
            start: finding.start - start,
            end: finding.end - start,
          }));
        }
        next.set(key, relative);
        for (const finding of relative) {
          findings.push({ ...finding, start: finding.start + start, end: finding.end + start });
        }
      }
      start = end + 1;
    }
    this.cache = next;
    return findings;
  }
}
