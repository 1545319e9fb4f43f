/**
 * GBK, for the provincial systems that still read nothing else. iconv-lite is the CLI's
 * encoder already (redact writes GB18030 copies with it); it is loaded on first use only.
 *
 * Limit: GBK has about 21,900 characters. Rarer ones (in some names: 䶮, 𠮷) and emoji have
 * no GBK form, and iconv-lite would write `?` for them without a word: check first.
 */
export interface GbkCodec {
  encode(text: string): Uint8Array;
  /** The first character of `text` that GBK cannot write, or undefined. */
  unencodable(text: string): string | undefined;
}

export async function loadGbk(): Promise<GbkCodec> {
  const { default: iconv } = await import('iconv-lite');
  const known = new Map<string, boolean>();
  const writable = (character: string) => {
    let ok = known.get(character);
    if (ok === undefined) {
      ok = iconv.decode(iconv.encode(character, 'gbk'), 'gbk') === character;
      known.set(character, ok);
    }
    return ok;
  };
  return {
    encode: (text) => iconv.encode(text, 'gbk'),
    unencodable(text) {
      // Code points, not UTF-16 units: 𠮷 is one character, written as two units.
      for (const character of text) {
        if (character > '\u007f' && !writable(character)) return character;
      }
      return undefined;
    },
  };
}

/** "U+20BB7": how a character is named when it cannot be shown or typed. */
export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
