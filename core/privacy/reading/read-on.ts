import type { ScanState } from '../internal/scan-state';
import { PersonalDataKind } from '../kinds';
import { readOnAcrossSpaces } from './pdf-spacing';

/**
 * What a document's reading changes in a scan's findings once the detectors are done, where
 * it knows better than a detector reading a number or a label on its own:
 * - an officer's credential in brackets after the officer's name (执法人员：孟繁宇
 *   （15042920031）) is public, though its digits read as a mobile's (`credentialAt`);
 * - an address a PDF's spaces cut short (现住址：…中华大街 266 号御景湾小区) is read on to its
 *   end (pdf-spacing.ts), whichever detector found it.
 * One call after the scan costs the widgets' first view a few bytes, where a question asked
 * by each detector cost more (the reading is lazy: the first view has none).
 */
export function readOnFindings(
  { text, found }: ScanState,
  to: number,
  credentialAt: (pos: number) => boolean,
): void {
  let kept = 0;
  for (const finding of found) {
    if (finding.kind === PersonalDataKind.mobile && credentialAt(finding.start)) continue;
    if (finding.kind === PersonalDataKind.address) {
      const end = readOnAcrossSpaces(text, finding.end, to);
      if (end !== finding.end) {
        found[kept++] = { ...finding, end, text: finding.text && text.slice(finding.start, end) };
        continue;
      }
    }
    found[kept++] = finding;
  }
  found.length = kept;
}
