/**
 * The code units of `text` as bytes, for the check-character computations that read codes:
 * the privacy scanner hands them a run's folded codes directly, and their string forms go
 * through here. Code units above 255 become 0, which no check accepts.
 */
export function asciiCodes(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < 256 ? code : 0;
  }
  return codes;
}
