import { join, resolve, sep } from 'node:path';
import { RedactionStyle } from '../../core/privacy/kinds';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { count } from '../internal/plural';
import { collectFiles } from '../privacy/collect-files';
import { parseJobs } from '../privacy/options';
import { runFiles } from '../privacy/run-files';

const USAGE = `Usage: gongshi redact --out DIR [--style public|staff] [--jobs N] PATH...

Writes a redacted copy of each file under DIR, with the same relative path and the same
encoding (UTF-8 or GBK/GB18030); the input files are never changed. HTML keeps all its
markup: only text (and alt/title/value, tel:/mailto: links) is edited.

  --out     folder for the redacted copies (created if needed; must not be an input folder)
  --style   public (default): 【已脱敏】, addresses kept to county/district, names as 张某;
            staff: partial masks for review screens (138****5678, 5***************1X)
  --jobs    worker threads for large folders (default: all cores)

A decision on a minor (a party under 18 on the decision date) is written with the child's
and parents' names redacted, and reported: it must not be published at all.

Exit: 0 all copies written, 1 written but some are decisions on minors (never publish them),
2 an error (bad arguments, unreadable file; the other files are still written).`;

export const redactCommand: Command = {
  name: 'redact',
  summary: 'Write redacted copies of files or a whole site (public or staff style)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      out: { type: 'string' },
      style: { type: 'string', default: RedactionStyle.public },
      jobs: { type: 'string' },
    });
    const style = values.style;
    if (style !== RedactionStyle.public && style !== RedactionStyle.staff) {
      throw notOneOf('--style', [RedactionStyle.public, RedactionStyle.staff], style);
    }
    if (typeof values.out !== 'string' || values.out === '')
      throw new UsageError('必须给出 --out 文件夹 / --out DIR is required');
    if (positionals.length === 0)
      throw new UsageError(
        '至少给出一个要脱敏的文件或文件夹 / give at least one file or folder to redact',
      );
    const jobs = parseJobs(values.jobs);
    const out = resolve(io.cwd, values.out);

    const { files, errors } = await collectFiles(positionals, io.cwd);
    for (const error of errors) io.stderr.write(`gongshi redact: ${error}\n`);
    const inside = (path: string, dir: string) => path === dir || path.startsWith(dir + sep);
    // Never write over an input, never read our own output as input.
    const tasks = [];
    const refused: string[] = [];
    for (const [index, file] of files.entries()) {
      const outPath = join(out, file.relative);
      if (outPath === file.path || inside(file.path, out)) {
        refused.push(`拒绝覆盖输入文件 / refusing to write over an input: ${file.display}`);
        continue;
      }
      tasks.push({ index, path: file.path, outPath, style: style as RedactionStyle });
    }
    for (const message of refused) io.stderr.write(`gongshi redact: ${message}\n`);
    const { results, found, failed } = await runFiles(
      tasks.map((task, index) => ({ ...task, index })),
      io,
      {
        jobs,
        explicitJobs: values.jobs !== undefined,
        verb: '脱敏 / redacting',
        command: 'redact',
      },
    );
    const written = results.length - failed.length;
    const minors = results.filter((result) => result.minor);
    for (const result of minors) {
      io.stderr.write(
        `gongshi redact: ${files[tasks[result.index]!.index]!.display} 是未成年人的决定：副本中的姓名已脱敏，但该决定不得公开。 / is a decision on a minor: names are redacted in the copy, but the decision must not be published.\n`,
      );
    }
    io.stdout.write(
      `已写入 ${written} 个脱敏副本到 ${out}，共脱敏 ${found} 处。 / Wrote ${count(written, 'redacted copy', 'redacted copies')} to ${out}, ${count(found, 'item')} redacted.\n`,
    );
    if (errors.length + refused.length + failed.length > 0) return ExitCode.error;
    return minors.length > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
