import type { ScanState } from '../internal/scan-state';
import { type Finding, PersonalDataKind } from '../kinds';
import { addressAcrossBreak } from './home-addresses';
import { readOnAcrossSpaces } from './pdf-spacing';
import { lineBreakAfter, wrappedAddressLines } from './wrapped-addresses';

/**
 * What a document's reading changes in a scan's findings once the detectors are done, where
 * it knows better than a detector reading a number or a label on its own:
 * - an officer's credential in brackets after the officer's name (执法人员：孟繁宇
 *   （15042920031）) is public, though its digits read as a mobile's (`credentialAt`);
 * - an address a PDF's spaces cut short (现住址：…中华大街 266 号御景湾小区) is read on to its
 *   end (pdf-spacing.ts), whichever detector found it;
 * - so is an address a line break cut (…东湖大道⏎⏎安置小区B区3栋2单元601室: a PDF's line end,
 *   a CMS's <br><br>; home-addresses.addressAcrossBreak), and one wrapped onto lines indented
 *   to where its value starts (户籍地址：秦安县…⏎
 *   　　　　　中街二组41号, wrapped-addresses.ts): each line's piece is found on its own, so
 *   that the line breaks and indents stay.
 * One call after the scan costs the widgets' first view a few bytes, where a question asked
 * by each detector cost more (the reading is lazy: the first view has none).
 */
export function readOnFindings(
  { text, found }: ScanState,
  to: number,
  credentialAt: (pos: number) => boolean,
): void {
  let kept = 0;
  const wrapped: Finding[] = [];
  for (const finding of found) {
    if (finding.kind === PersonalDataKind.mobile && credentialAt(finding.start)) continue;
    if (finding.kind !== PersonalDataKind.address) {
      found[kept++] = finding;
      continue;
    }
    const end = readOnAcrossSpaces(text, finding.end, to);
    found[kept++] =
      end === finding.end
        ? finding
        : { ...finding, end, text: finding.text && text.slice(finding.start, end) };
    // 地址：宜昌市夷陵区小溪塔街道东湖大道⏎⏎安置小区B区3栋2单元601室: cut by a line break
    // (a PDF's line end, a CMS's <br><br>), the rest on the next line.
    // (Only at a line's end: two spaces are a text table's next column here.)
    const across =
      lineBreakAfter(text, end) >= 0 ? addressAcrossBreak(text, finding.start, end) : undefined;
    let last = end;
    if (across && across.end <= to && across.restStart >= end) {
      wrapped.push(piece(text, finding, across.restStart, across.end));
      last = across.end;
    }
    for (const line of wrappedAddressLines(text, finding.start, last)) {
      if (line.end > to) break;
      wrapped.push(piece(text, finding, line.start, line.end));
    }
  }
  found.length = kept;
  for (const finding of wrapped) found.push(finding);
}

/** The finding for text[start, end), another piece of `finding`'s address. */
function piece(text: string, finding: Finding, start: number, end: number): Finding {
  return { ...finding, start, end, text: finding.text && text.slice(start, end) };
}
