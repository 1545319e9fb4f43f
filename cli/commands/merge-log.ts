import { resolve } from 'node:path';
import { exportJournalJson, type MergeInput, mergeJournals } from '../../core/journal/index';
import { type Command, ExitCode, UsageError } from '../command';
import { parseCommandArgs } from '../internal/args';
import { writeFileAtomically } from '../internal/files';
import { readJournalFile } from '../internal/journal-file';

const USAGE = `Usage: gongshi merge-log --out FILE.json LOG.json...

Merges clerks' exported publishing records (the extension's JSON export, or an earlier
merge) into one agency record: each input is verified first (one that fails stops the
merge and nothing is written), the entries are put in time order with their operator and
chained anew, each naming the clerk's entry it came from; an entry given twice is kept once.
Prints the record's head (seq:hash) to paste into the monthly report; check the file later
with gongshi verify-log --head SEQ:HASH.

  --out FILE.json   the agency record to write (replaced atomically)

Exit: 0 merged, 1 an input failed verification (nothing written), 2 unusable input.`;

export const mergeLogCommand: Command = {
  name: 'merge-log',
  summary: "Merge clerks' publishing records into one verified agency record",
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' } });
    if (!values.out) throw new UsageError('需要 --out FILE.json / --out FILE.json is required');
    if (positionals.length === 0) {
      throw new UsageError('需要至少一个日志文件 / give at least one LOG.json');
    }
    const inputs: MergeInput[] = [];
    for (const name of positionals) {
      const file = resolve(io.cwd, name);
      const exported = await readJournalFile(file);
      if (exported instanceof Error) {
        io.stderr.write(`gongshi merge-log: ${exported.message}\n`);
        return ExitCode.error;
      }
      inputs.push({ name, entries: exported.entries, head: exported.head });
    }
    const merged = mergeJournals(inputs);
    if (!merged.ok) {
      io.stdout.write(
        '✗ 有日志未通过核验，未合并 / an input failed verification; nothing merged\n',
      );
      for (const { input, problem } of merged.problems) {
        io.stdout.write(
          `  ${input} [${problem.code}] ${problem.message}\n    ${problem.messageEn}\n`,
        );
      }
      return ExitCode.findings;
    }
    const out = resolve(io.cwd, values.out);
    await writeFileAtomically(out, exportJournalJson(merged.entries, new Date().toISOString()));
    const operators = new Map<string, number>();
    for (const entry of merged.entries) {
      operators.set(entry.operator, (operators.get(entry.operator) ?? 0) + 1);
    }
    const head = merged.entries.at(-1);
    io.stdout.write(
      `✓ ${out}: 合并 ${inputs.length} 份日志，共 ${merged.entries.length} 条记录` +
        `${merged.duplicates > 0 ? `（${merged.duplicates} 条重复的只保留一次）` : ''}\n` +
        `  merged ${inputs.length} records: ${merged.entries.length} entries` +
        `${merged.duplicates > 0 ? ` (${merged.duplicates} duplicates kept once)` : ''}\n`,
    );
    for (const [operator, count] of operators) io.stdout.write(`  ${operator}: ${count}\n`);
    if (head) {
      io.stdout.write(
        `  记录头（填入月报）/ head for the monthly report: ${head.seq}:${head.hash}\n`,
      );
    }
    return ExitCode.ok;
  },
};
