import { resolve } from 'node:path';
import { parseFeed } from '../../core/feed/parse-feed';
import { type JournalHead, recordAgency, verifyJournal } from '../../core/journal/index';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readBytes } from '../internal/files';
import { readJournalFile } from '../internal/journal-file';

const USAGE = `Usage: gongshi verify-log [--head SEQ:HASH] [--heads FEED.json [--agency NAME]] [--format text|json] FILE

Checks an exported publishing record (the extension's JSON export): every entry's hash, the
links between entries, numbering and order, and a pruned log's checkpoint.

  --head SEQ:HASH   the last entry as recorded elsewhere (e.g. on the annual report), to
                    also detect entries cut off the end; defaults to the head in the file
  --heads FEED.json the portal's feed (gongshi build): the agency's record head published
                    there, what the public already saw, must still be in the log unchanged
  --agency NAME     whose head in the feed (default: the agency the log's entries name)
  --format          text (default) or json

Exit: 0 intact, 1 tampering found (each entry named), 2 unreadable or not a journal.`;

function parseHead(value: string): JournalHead {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(value.trim());
  if (!match) {
    throw new UsageError(
      `--head 应为 序号:64 位十六进制哈希，例如 42:3f…（收到 "${value}"）/ --head must look like 42:<64 hex digits>, got "${value}"`,
    );
  }
  return { seq: Number(match[1]), hash: match[2]!.toLowerCase() };
}

type PublishedHead = JournalHead & { readonly where: string };

/** The record head `agency`'s profile published in the feed at `path`, or why there is none. */
async function publishedHeadFor(
  path: string,
  agency: string | undefined,
): Promise<PublishedHead | Error> {
  const bytes = await readBytes(path);
  if (bytes instanceof Error) return bytes;
  const { feed } = parseFeed(new TextDecoder().decode(bytes));
  if (!feed) return new Error(`${path}: 不是可读的公示数据文件 / not a readable Gongshi feed`);
  if (!agency) {
    return new Error(
      '日志中没有执法机关名称，请用 --agency 指定 / the log names no agency: give --agency NAME',
    );
  }
  const head = feed.agencies?.find((profile) => profile.name === agency)?.recordHead;
  if (!head) {
    return new Error(
      `${path}: 没有“${agency}”已公布的记录头 / no published record head for "${agency}"`,
    );
  }
  return {
    seq: head.seq,
    hash: head.hash,
    where: head.published ?? path,
  };
}

export const verifyLogCommand: Command = {
  name: 'verify-log',
  summary: 'Verify an exported publishing record (tamper-evident log)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      head: { type: 'string' },
      heads: { type: 'string' },
      agency: { type: 'string' },
      format: { type: 'string', default: 'text' },
    });
    if (positionals.length !== 1) {
      throw new UsageError('需要且只能给一个文件 / give exactly one FILE');
    }
    if (values.format !== 'text' && values.format !== 'json') {
      throw notOneOf('--format', ['text', 'json'], values.format);
    }
    const externalHead = values.head ? parseHead(values.head) : undefined;
    const file = resolve(io.cwd, positionals[0]!);
    const exported = await readJournalFile(file);
    if (exported instanceof Error) {
      io.stderr.write(`gongshi verify-log: ${exported.message}\n`);
      return ExitCode.error;
    }
    const expectedHead = externalHead ?? exported.head ?? undefined;
    let publishedHeads: PublishedHead[] = [];
    if (values.heads) {
      const found = await publishedHeadFor(
        resolve(io.cwd, values.heads),
        values.agency ?? recordAgency(exported.entries),
      );
      if (found instanceof Error) {
        io.stderr.write(`gongshi verify-log: ${found.message}\n`);
        return ExitCode.error;
      }
      publishedHeads = [found];
    }
    const result = verifyJournal(exported.entries, { expectedHead, publishedHeads });

    if (values.format === 'json') {
      io.stdout.write(`${JSON.stringify({ file, ...result }, null, 2)}\n`);
    } else if (result.ok) {
      const head = result.head ? `，末条第 ${result.head.seq} 条 ${result.head.hash}` : '';
      io.stdout.write(`✓ ${file}: ${result.entries} 条记录完整${head}\n`);
      io.stdout.write(`  intact: ${result.entries} entries\n`);
    } else {
      io.stdout.write(`✗ ${file}: 发现 ${result.problems.length} 处篡改 / tampering found\n`);
      for (const problem of result.problems) {
        io.stdout.write(`  [${problem.code}] ${problem.message}\n    ${problem.messageEn}\n`);
      }
    }
    return result.ok ? ExitCode.ok : ExitCode.findings;
  },
};
