import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chinaToday, isIsoDate } from '../../core/calendar/iso-date';
import { parseFeed } from '../../core/feed/parse-feed';
import type { AgencyProfile } from '../../core/records/agency-profile';
import { boardDocument } from '../../core/site/pages/board-page';
import { createSitePublicText } from '../../core/site/public-text';
import {
  PAPER_SIZES,
  type Paper,
  responsibilityBoards,
} from '../../core/site/responsibility-board';
import { SitePath } from '../../core/site/site-paths';
import { type Command, ExitCode, UsageError } from '../command';
import { notOneOf, parseCommandArgs } from '../internal/args';
import { readBytes, writeFileAtomically } from '../internal/files';

const USAGE = `Usage: gongshi board --agency NAME --out FILE.html [options] FEED.json|SITE

Prints the 岗位职责公示牌 that every service window posts (泸市府办函〔2018〕133号): the post,
its duties, the officer on duty with the 执法证号, and the progress, consultation and
complaint channels, from the agency's profile in a feed (or a site gongshi build made).
One board per officer, one per sheet; the file is self-contained (no request of any kind):
open it in a browser and print, or print it to PDF.

  --agency NAME         the agency (its exact name in the feed)
  --out FILE.html       the file to write
  --paper A4|A3         the paper, portrait (default A4)
  --post TEXT           the post or window (default: the first service guide's 受理机构)
  --officer NUMBER      only this officer (执法证号); repeatable, in the order given
  --today YYYY-MM-DD    officers whose credential ended before this day are left off
                        (default: today in China)

Exit: 0 written, 2 unusable input (no such agency or officer, unreadable feed).`;

/** The feed file: FEED.json as given, or a built site's feeds/gongshi.json. */
async function feedFile(path: string): Promise<string> {
  try {
    if ((await stat(path)).isDirectory()) return join(path, SitePath.feed);
  } catch {
    // Not there: readBytes reports it with the path the user gave.
  }
  return path;
}

export const boardCommand: Command = {
  name: 'board',
  summary: 'Print the 岗位职责公示牌 (responsibility board) of an agency on A4 or A3',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      agency: { type: 'string' },
      out: { type: 'string' },
      paper: { type: 'string', default: 'A4' },
      post: { type: 'string' },
      officer: { type: 'string', multiple: true },
      today: { type: 'string' },
    });
    if (positionals.length !== 1) {
      throw new UsageError(
        '需要且只能给一个 FEED.json 或站点文件夹 / give exactly one FEED.json or SITE',
      );
    }
    if (!values.agency) throw new UsageError('必须给出 --agency NAME / --agency NAME is required');
    if (!values.out) throw new UsageError('必须给出 --out FILE.html / --out FILE.html is required');
    const paper = values.paper.toUpperCase();
    if (!(paper in PAPER_SIZES)) throw notOneOf('--paper', Object.keys(PAPER_SIZES), values.paper);
    if (values.today && !isIsoDate(values.today)) {
      throw new UsageError(
        `--today 应为日期 YYYY-MM-DD（收到 "${values.today}"）/ --today must be a date YYYY-MM-DD, got "${values.today}"`,
      );
    }
    const file = await feedFile(resolve(io.cwd, positionals[0]!));
    const bytes = await readBytes(file);
    if (bytes instanceof Error) {
      io.stderr.write(`gongshi board: ${bytes.message}\n`);
      return ExitCode.error;
    }
    const { feed, problems } = parseFeed(new TextDecoder().decode(bytes));
    if (!feed) {
      const first = problems[0];
      io.stderr.write(
        `gongshi board: ${file}: ${first ? `${first.message} / ${first.messageEn}` : '不是公示数据文件 / not a feed'}\n`,
      );
      return ExitCode.error;
    }
    const agencies: readonly AgencyProfile[] = feed.agencies ?? [];
    const agency = agencies.find((candidate) => candidate.name === values.agency!.trim());
    if (!agency) {
      const names = agencies.map((candidate) => candidate.name).join('、') || '（无）';
      io.stderr.write(
        `gongshi board: ${file} 中没有执法主体「${values.agency}」。已有：${names} / no agency "${values.agency}" in ${file}. Known: ${names}\n`,
      );
      return ExitCode.error;
    }
    const { boards, unknown, expired } = responsibilityBoards(agency, {
      ...(values.post ? { post: values.post } : {}),
      ...(values.officer ? { officers: values.officer } : {}),
      today: values.today ?? chinaToday(new Date()),
    });
    if (unknown.length > 0) {
      io.stderr.write(
        `gongshi board: 执法人员清单中没有执法证号 ${unknown.join('、')} / no officer with 执法证号 ${unknown.join(', ')} in the list\n`,
      );
      return ExitCode.error;
    }
    for (const officer of expired) {
      io.stderr.write(
        `gongshi board: ${officer.name}（${officer.certificateNumber}）的执法证已于 ${officer.certificateValidTo} 到期，未列入公示牌。/ ${officer.certificateNumber}'s credential expired on ${officer.certificateValidTo}: left off the boards.\n`,
      );
    }
    if (!boards[0]!.fits) {
      io.stderr.write(
        'gongshi board: 职责内容过长，最小字号也可能排不下一页：请精简职责表述。/ the duties are too long to fit one sheet even at the smallest size: shorten them.\n',
      );
    }
    const publicText = createSitePublicText(agencies);
    const out = resolve(io.cwd, values.out);
    await writeFileAtomically(
      out,
      boardDocument(boards, { paper: paper as Paper, publicText, stylesheet: { inline: true } }),
    );
    io.stdout.write(
      `已写入 ${boards.length} 张岗位职责公示牌（${paper}）到 ${out} / Wrote ${boards.length} board(s) (${paper}) to ${out}\n`,
    );
    return ExitCode.ok;
  },
};
