import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { count } from '../internal/plural';
import { collectFiles } from '../privacy/collect-files';
import { parseJobs } from '../privacy/options';
import { formatReport, ReportFormat } from '../privacy/report';
import { runFiles } from '../privacy/run-files';

const USAGE = `Usage: gongshi scan [--format text|json|csv] [--jobs N] PATH...

Looks for personal data (ID numbers, phones, home addresses, bank accounts, emails, travel
documents, plates, third parties' names) in disclosure files before they are published, and
for decisions on minors (kind minor: a party under 18 on the decision date), which are not
published at all.
PATH may be files or folders; folders are searched recursively for .txt .html .htm .md .csv
.json files. UTF-8 and GBK/GB18030 are detected. HTML is read as a visitor sees it (text,
alt/title/value, tel:/mailto: links), never tag names, CSS or scripts.

  --format  text (default: one line per finding, data masked), json (each finding's
            kind, start, end, text, line, column, reason), csv (masked, for a spreadsheet)
  --jobs    worker threads for large folders (default: all cores)

On a terminal, progress (files done, findings, time left) is shown on stderr.
Exit: 0 clean, 1 personal data found, 2 an error (bad arguments, unreadable file, bytes that
are neither UTF-8 nor GBK; the other files, and the rest of such a file, are still scanned
and reported).`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Find personal data in files or a whole exported site before publishing',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string', default: 'text' },
      jobs: { type: 'string' },
    });
    const format = values.format;
    if (!Object.values(ReportFormat).includes(format as ReportFormat)) {
      throw notOneOf('--format', Object.values(ReportFormat), format);
    }
    if (positionals.length === 0) {
      throw new UsageError(
        '至少给出一个要扫描的文件或文件夹 / give at least one file or folder to scan',
      );
    }
    const jobs = parseJobs(values.jobs);

    const { files, errors } = await collectFiles(positionals, io.cwd);
    for (const error of errors) io.stderr.write(`gongshi scan: ${error}\n`);
    const { results, found, failed } = await runFiles(
      files.map((file, index) => ({ index, path: file.path })),
      io,
      { jobs, explicitJobs: values.jobs !== undefined, verb: '扫描 / scanning', command: 'scan' },
    );
    io.stdout.write(formatReport(format as ReportFormat, files, results));
    const leaking = results.filter((result) => result.findings.length > 0).length;
    const errorCount = errors.length + failed.length;
    const minors = results.filter((result) => result.minor);
    if (minors.length > 0) {
      io.stderr.write(
        `${minors.length} 个文件是未成年人的决定，不得公开（脱敏也不行）：/ ${minors.length === 1 ? '1 file is a decision on a minor and must' : `${minors.length} files are decisions on minors and must`} not be published at all (redaction does not change that):\n`,
      );
      for (const result of minors) io.stderr.write(`  ${files[result.index]!.display}\n`);
    }
    io.stderr.write(
      `扫描 ${files.length} 个文件：${leaking} 个含个人信息，共 ${found} 处${errorCount ? `；${errorCount} 个错误` : ''}。` +
        ` / Scanned ${count(files.length, 'file')}: ${leaking} with personal data, ${count(found, 'finding')}${errorCount ? `; ${count(errorCount, 'error')}` : ''}.\n`,
    );
    if (errorCount > 0) return ExitCode.error;
    return found > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
