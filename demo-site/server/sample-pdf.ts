/**
 * A one-page PDF of a few ASCII lines (Helvetica, A4), a few hundred bytes: the demo feed's
 * attachments (决定书 PDFs) written by scripts/generate-sample-feed.ts into
 * demo-site/public/files/, so the portal's attachment links open something.
 *
 * Limit: ASCII text only (the standard Type 1 fonts have no Chinese glyphs; embedding a CJK
 * font would make each file megabytes). Other characters become `?`.
 *
 * @example writeFileSync('x.pdf', samplePdf(['Sample attachment', 'wsjk-2024-xk-1']));
 */
export function samplePdf(lines: readonly string[]): Uint8Array {
  const text = lines
    .map((line, index) => `${index === 0 ? '' : '0 -20 Td '}(${pdfString(line)}) Tj`)
    .join('\n');
  const content = `BT /F1 12 Tf 72 770 Td\n${text}\nET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>',
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
    `<</Length ${content.length}>>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  // Each cross-reference entry is exactly 20 bytes, its line break included (ISO 32000 7.5.4).
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is ASCII, so string offsets are byte offsets.
  return new TextEncoder().encode(pdf);
}

/** A PDF literal string's contents: ASCII, with \, ( and ) escaped. */
function pdfString(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (character) => `\\${character}`);
}
