/**
 * A short fingerprint of a page's inputs, so a rebuild can tell which pages to render again.
 * Not a security hash (the CLI hashes written files with SHA-256): two 32-bit FNV-1a lanes
 * with different offsets, 64 bits in all, over UTF-16 code units.
 *
 * Limit: 64 bits make an accidental collision between two versions of one page negligible
 * (about 1 in 10^19), not impossible; a collision would keep the old page until the next change.
 *
 * @example contentKey('a', 'b') !== contentKey('ab') // parts are delimited
 */
export function contentKey(...parts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) {
      const code = part.charCodeAt(index);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193 ^ 0x2f);
    }
    // The part's length closes it, which keeps ('ab', 'c') apart from ('a', 'bc').
    a = Math.imul(a ^ (part.length + 0x10000), 0x01000193);
    b = Math.imul(b ^ (part.length + 0x20000), 0x01000193 ^ 0x2f);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
