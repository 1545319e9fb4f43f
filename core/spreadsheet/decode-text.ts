/** The text encodings a 双公示 spreadsheet export arrives in. */
export const TextEncoding = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  gb18030: 'gb18030',
} as const;
export type TextEncoding = (typeof TextEncoding)[keyof typeof TextEncoding];

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without BOM), UTF-16LE with BOM (Excel's
 * "Unicode text"), otherwise GB18030, the superset of the GBK that legacy Excel writes on
 * Chinese Windows. Strict UTF-8 decoding fails on GBK bytes, which is how the two are told
 * apart.
 *
 * A UTF-8 file damaged by a stray byte or two (a bad copy, a truncated upload) is still read
 * as UTF-8: read as GBK, every Chinese character of it would be garbled, where UTF-8 loses only
 * the damaged characters, which come out as U+FFFD for the importer to report (UNDECODABLE).
 *
 * Limit: a GBK file that happens to be valid UTF-8 (only ASCII, or rare byte sequences) is
 * read as UTF-8; for ASCII the result is the same.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: TextEncoding.utf16le,
    };
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: TextEncoding.utf8,
    };
  } catch {
    // A GBK file shows more than three U+FFFD within its first Chinese words: it is told
    // apart from a few bytes, not by decoding all of it twice (a third of a sheet's import).
    // `stream` keeps a character cut at the prefix's end from counting as damaged.
    const head = new TextDecoder('utf-8').decode(body.subarray(0, PREFIX_BYTES), { stream: true });
    if (damagedCount(head) <= MAX_DAMAGED) {
      const lossy = new TextDecoder('utf-8').decode(body);
      if (mostlyUtf8(lossy)) return { text: lossy, encoding: TextEncoding.utf8 };
    }
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: TextEncoding.gb18030 };
  }
}

/** How much of a file that is not strict UTF-8 is decoded first to rule it out as UTF-8. */
const PREFIX_BYTES = 4096;

/** Most undecodable characters a damaged UTF-8 file may show (mostlyUtf8). */
const MAX_DAMAGED = 3;

function damagedCount(text: string): number {
  let damaged = 0;
  for (let at = text.indexOf(UNDECODABLE); at >= 0; at = text.indexOf(UNDECODABLE, at + 1)) {
    damaged += 1;
  }
  return damaged;
}

/** What a decoder puts where the bytes were not a character. */
export const UNDECODABLE = '\uFFFD';

/**
 * Whether text decoded leniently as UTF-8 is UTF-8 with a few damaged bytes rather than GBK:
 * GBK read as UTF-8 turns nearly every Chinese character into U+FFFD, a damaged UTF-8 file
 * only a handful among many good ones.
 */
function mostlyUtf8(text: string): boolean {
  let damaged = 0;
  let chinese = 0;
  for (const character of text) {
    if (character === UNDECODABLE) damaged += 1;
    else if (character >= '\u4e00' && character <= '\u9fff') chinese += 1;
  }
  return damaged <= MAX_DAMAGED && chinese >= 10 * damaged;
}
