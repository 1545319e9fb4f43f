import { describe, expect, it } from 'vitest';
import { samplePdf } from './sample-pdf';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('samplePdf', () => {
  const pdf = decode(samplePdf(['Sample (demo) attachment', 'C:\\files', '示例县']));

  it('is a small PDF with its text', () => {
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    expect(pdf.length).toBeLessThan(1024);
    expect(pdf).toContain('(Sample \\(demo\\) attachment) Tj');
    expect(pdf).toContain('(C:\\\\files) Tj');
    expect(pdf).toContain('(???) Tj');
  });

  it('has a cross-reference table whose offsets point at their objects', () => {
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 5)).toBe('xref\n');
    const entries = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)];
    expect(entries).toHaveLength(5);
    entries.forEach(([, offset], index) => {
      expect(pdf.slice(Number(offset)).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
    });
    const length = Number(/\/Length (\d+)>>\nstream\n/.exec(pdf)![1]);
    const start = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.slice(start + length)).toMatch(/^\nendstream/);
  });
});
