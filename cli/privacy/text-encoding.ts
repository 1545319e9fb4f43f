import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** How a file's bytes were read, so a redacted copy can be written the same way. */
export const TextEncoding = { utf8: 'utf-8', utf8Bom: 'utf-8-bom', gb18030: 'gb18030' } as const;
export type TextEncoding = (typeof TextEncoding)[keyof typeof TextEncoding];

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const gb18030 = new TextDecoder('gb18030');

/**
 * Decodes a text file: UTF-8 when the bytes are valid UTF-8 (with or without BOM), else
 * GB18030, the superset of GBK and GB2312 that legacy government systems export.
 *
 * Limit: a GBK file whose bytes happen to be valid UTF-8 (very short files) is read as UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // Validate first (native, fast), then decode: the same as a fatal TextDecoder, at a
  // fraction of its cost on large files.
  if (isUtf8(body)) {
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    return { text, encoding: bom ? TextEncoding.utf8Bom : TextEncoding.utf8 };
  }
  return { text: gb18030.decode(bytes), encoding: TextEncoding.gb18030 };
}

/** Encodes text back into the encoding it was read from. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === TextEncoding.gb18030) return iconv.encode(text, 'gb18030');
  const body = Buffer.from(text, 'utf8');
  return encoding === TextEncoding.utf8Bom
    ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body])
    : body;
}
