import { isAscii, isUtf8, transcode } from 'node:buffer';

/** How a file's bytes were read, so a redacted copy can be written the same way. */
export const TextEncoding = { utf8: 'utf-8', utf8Bom: 'utf-8-bom', gb18030: 'gb18030' } as const;
export type TextEncoding = (typeof TextEncoding)[keyof typeof TextEncoding];

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /**
   * Where the first bytes that are neither UTF-8 nor GB18030 stand (1-based, in the decoded
   * text, where U+FFFD took their place), when there are any.
   */
  readonly invalidAt?: { readonly line: number; readonly column: number };
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

let gb18030: TextDecoder | undefined;

/**
 * Valid UTF-8 bytes as a string. V8's own UTF-8 decoder (Buffer#toString, TextDecoder) is
 * slow on Chinese text: ICU's transcode to UTF-16 plus a copy is ~3× faster (10 MB of
 * decisions: 12 ms instead of 38 ms). Pure ASCII is read as Latin-1, which is faster still
 * and keeps V8's compact one-byte strings.
 */
function decodeValidUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}

/**
 * Decodes a text file: UTF-8 when the bytes are valid UTF-8 (with or without BOM), else
 * GB18030, the superset of GBK and GB2312 that legacy government systems export.
 *
 * Limit: a GBK file whose bytes happen to be valid UTF-8 (very short files) is read as UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // Validate first (native, under 1 ms for 10 MB), then decode once.
  if (isUtf8(body)) {
    return {
      text: decodeValidUtf8(body),
      encoding: bom ? TextEncoding.utf8Bom : TextEncoding.utf8,
    };
  }
  gb18030 ??= new TextDecoder('gb18030', { fatal: true });
  try {
    return { text: gb18030.decode(bytes), encoding: TextEncoding.gb18030 };
  } catch {
    // A stray byte: read the rest, and say where, so that no copy silently changes it.
    const text = new TextDecoder('gb18030').decode(bytes);
    return {
      text,
      encoding: TextEncoding.gb18030,
      invalidAt: positionOf(text, text.indexOf('\ufffd')),
    };
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * Encodes text back into the encoding it was read from. iconv-lite (the only GB18030
 * encoder; TextEncoder writes UTF-8 alone) is loaded on the first GB18030 file, so UTF-8
 * runs do not pay its ~8 ms start-up.
 */
export async function encodeText(text: string, encoding: TextEncoding): Promise<Uint8Array> {
  if (encoding === TextEncoding.gb18030) {
    const { default: iconv } = await import('iconv-lite');
    return iconv.encode(text, 'gb18030');
  }
  const body = Buffer.from(text, 'utf8');
  return encoding === TextEncoding.utf8Bom ? Buffer.concat([UTF8_BOM, body]) : body;
}
