import { maskFinding } from '../../core/privacy/mask';
import { reasonText } from '../../core/privacy/reason-text';
import { csvCell } from '../../core/spreadsheet/csv';
import type { InputFile } from './collect-files';
import type { FileResult } from './process-file';

export const ReportFormat = { text: 'text', json: 'json', csv: 'csv' } as const;
export type ReportFormat = (typeof ReportFormat)[keyof typeof ReportFormat];

/**
 * The scan report. JSON carries each finding's text as found (for programs); text and CSV
 * show it masked (138****5678) so that a report pasted into a ticket or a log does not
 * spread the data it warns about. CSV cells are guarded like every CSV the project writes
 * (`+86 138 **** 5678` would be a formula); lines end in LF and there is no BOM, as before.
 */
export function formatReport(
  format: ReportFormat,
  files: readonly InputFile[],
  results: readonly FileResult[],
): string {
  if (format === ReportFormat.json) {
    const entries = files.map((file, index) => {
      const result = results[index]!;
      return {
        file: file.display,
        ...(result.encoding ? { encoding: result.encoding } : {}),
        ...(result.error ? { error: result.error } : {}),
        findings: result.findings.map((finding, k) => ({
          kind: finding.kind,
          start: finding.start,
          end: finding.end,
          text: finding.text,
          masked: maskFinding(finding, 'staff'),
          line: result.positions?.[k]?.[0],
          column: result.positions?.[k]?.[1],
          confidence: finding.confidence,
          reason: reasonText(finding.reason),
        })),
      };
    });
    return `${JSON.stringify(entries, null, 2)}\n`;
  }
  if (format === ReportFormat.csv) {
    const lines = ['file,line,column,start,end,kind,masked,confidence,reason'];
    files.forEach((file, index) => {
      const result = results[index]!;
      result.findings.forEach((finding, k) => {
        const [line, column] = result.positions?.[k] ?? [0, 0];
        lines.push(
          [
            file.display,
            line,
            column,
            finding.start,
            finding.end,
            finding.kind,
            maskFinding(finding, 'staff'),
            finding.confidence,
            reasonText(finding.reason),
          ]
            .map((cell) => csvCell(String(cell)))
            .join(','),
        );
      });
    });
    return `${lines.join('\n')}\n`;
  }
  const lines: string[] = [];
  files.forEach((file, index) => {
    const result = results[index]!;
    if (result.findings.length === 0) return;
    lines.push(file.display);
    result.findings.forEach((finding, k) => {
      const [line, column] = result.positions?.[k] ?? [0, 0];
      lines.push(
        `  ${line}:${column}  ${finding.kind.padEnd(13)}  ${maskFinding(finding, 'staff')}  (${reasonText(finding.reason)})`,
      );
    });
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
