/** Character references in HTML text, decoded where the privacy engine reads it. */

/** HTML named character references a CMS writes in body text (the full table is not needed). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  middot: '·',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  times: '×',
  yen: '¥',
  copy: '©',
  reg: '®',
  bull: '•',
};

/** The character a reference at `at` stands for, and the reference's length in the source. */
export function decodeEntity(
  source: string,
  at: number,
  end: number,
): { char: string; length: number } | undefined {
  // Looked for within the longest entity (11 characters), not on to the end of the source.
  let semi = at + 1;
  const limit = Math.min(end, at + 11);
  while (semi < limit && source.charCodeAt(semi) !== 0x3b) semi++;
  if (semi >= limit) return undefined;
  const body = source.slice(at + 1, semi);
  let char: string | undefined;
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    if (Number.isFinite(code) && code > 0 && code < 0x110000) char = String.fromCodePoint(code);
  } else if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    if (Number.isFinite(code) && code > 0 && code < 0x110000) char = String.fromCodePoint(code);
  } else {
    char = NAMED_ENTITIES[body.toLowerCase()];
  }
  return char === undefined ? undefined : { char, length: semi + 1 - at };
}
