import type { Finding, ScanOptions } from './kinds';
import { readDocument } from './reading/document-reading';
import { compileScanOptions, scanRange } from './scan-range';

export {
  type CompiledScanOptions,
  compileScanOptions,
  normaliseForComparison,
  scanRange,
  scanTextWith,
} from './scan-range';

/**
 * Finds personal data in plain text (DOMAIN §4, §5): IDs, phones, addresses, bank accounts,
 * emails, travel documents, plates, and the names of third parties, read as a
 * document (core/privacy/reading: whose block a value is in, who is a third person, whether
 * the party is a minor). Offsets are UTF-16 offsets
 * into `text`; `text.slice(start, end) === finding.text` always holds.
 *
 * @example scanText('联系电话：138-1234-5678')[0] // { kind: 'mobile', start: 5, end: 18, … }
 */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  return scanRange(text, 0, text.length, compileScanOptions(options), [], true, readDocument(text));
}
