import type { AgencyListKind } from '../../records/agency-profile';
import type { RowProblem } from '../import-rows';

/** What a correction says when the sheet gives no 更正原因 (reported as a warning). */
export const REASON_NOT_GIVEN = '未说明原因';

/** What applying an import did to one record or list entry. */
export const ChangeAction = {
  /** New: not in the feed before. */
  added: 'added',
  /** Published before, the sheet says something else: a correction was appended. */
  corrected: 'corrected',
  /** Published before, the sheet says the same. */
  unchanged: 'unchanged',
  /** The row's 撤回原因 took it down (kept in the feed, with the reason). */
  withdrawn: 'withdrawn',
  /** In the feed and in what the sheet covers, but not in the sheet: kept, reported. */
  missing: 'missing',
  /** The row could not be applied (a withdrawal of something never published). */
  ignored: 'ignored',
} as const;
export type ChangeAction = (typeof ChangeAction)[keyof typeof ChangeAction];

/** Decision records, or one of an agency's lists. */
export type ChangeTarget = 'record' | AgencyListKind;

/** Where an imported row came from. */
export interface SourceRef {
  readonly file: string;
  /** The worksheet (XLSX). */
  readonly sheet?: string;
  /** The row as the spreadsheet numbers it (1-based). */
  readonly row: number;
}

export interface ImportChange {
  readonly action: ChangeAction;
  readonly target: ChangeTarget;
  /** The agency whose record or list it is. */
  readonly agency: string;
  /** The record's id, or the entry's key within the agency's list. */
  readonly key: string;
  /** How a clerk knows it: 文号 and party, 姓名（执法证号）, 事项名称. */
  readonly label: string;
  /** Absent for `missing` (no row). */
  readonly source?: SourceRef;
  /** The corrected fields. */
  readonly fields?: readonly string[];
  /** The correction's or withdrawal's reason as recorded. */
  readonly reason?: string;
  /** Warnings about the change: no 更正原因, a row that disappeared… */
  readonly problems: readonly RowProblem[];
}

/**
 * Two rows of one import run (in one sheet or two) that say different things about the same
 * record or entry. Neither is applied: the published version stays until the sheets agree.
 */
export interface ImportConflict {
  readonly target: ChangeTarget;
  readonly agency: string;
  readonly key: string;
  readonly label: string;
  readonly sources: readonly [SourceRef, SourceRef];
  /** The fields the two rows disagree on. */
  readonly fields: readonly string[];
  readonly code: 'import.conflict';
  readonly message: string;
  readonly messageEn: string;
}

/** "file「sheet」row 5": how messages name a source. */
export function describeSource(source: SourceRef): string {
  return `${source.file}${source.sheet ? `「${source.sheet}」` : ''} 第 ${source.row} 行`;
}

export function describeSourceEn(source: SourceRef): string {
  return `${source.file}${source.sheet ? ` (sheet ${source.sheet})` : ''} row ${source.row}`;
}

/** The conflict between two rows, with a message naming both. */
export function conflictBetween(
  target: ChangeTarget,
  agency: string,
  key: string,
  label: string,
  sources: readonly [SourceRef, SourceRef],
  fields: readonly string[],
): ImportConflict {
  const [first, second] = sources;
  return {
    target,
    agency,
    key,
    label,
    sources,
    fields,
    code: 'import.conflict',
    message: `${describeSource(first)}与${describeSource(second)}对同一条目「${label}」（${agency}）的内容不一致（${fields.join('、')}）：两处都未导入，已公开的内容保持不变。请核对后只保留一种写法再导入。`,
    messageEn: `${describeSourceEn(first)} and ${describeSourceEn(second)} disagree about "${label}" (${agency}) on ${fields.join(', ')}: neither was imported and the published version stays. Make them agree and import again.`,
  };
}

export const REASON_MISSING_WARNING: RowProblem = {
  code: 'correction.reason-missing',
  severity: 'warning',
  message: `内容与已公开的不同，但未填写「更正原因」：更正记录中写为“${REASON_NOT_GIVEN}”。请补填原因后重新导入，或在公示页说明。`,
  messageEn: `the content differs from what was published but no 更正原因 is given: the correction says “${REASON_NOT_GIVEN}”. Add the reason and import again.`,
};

export const MISSING_WARNING: RowProblem = {
  code: 'import.missing-from-sheet',
  severity: 'warning',
  message:
    '已公开，但本次表格中没有这一条：未删除，仍然公开。如需撤下，请保留该行并填写「撤回原因」后重新导入。',
  messageEn:
    'published before but not in this sheet: not deleted, still published. To take it down, keep the row, fill in 撤回原因 and import again.',
};

export const NOTHING_TO_WITHDRAW: RowProblem = {
  code: 'withdrawal.not-published',
  severity: 'warning',
  message: '此行填写了「撤回原因」，但没有已公开的内容可撤回：此行未导入。',
  messageEn: 'this row gives 撤回原因 but nothing published matches it: row not imported.',
};

export const PROFILE_STAYS: RowProblem = {
  code: 'withdrawal.profile',
  severity: 'warning',
  message:
    '执法主体信息不能通过「撤回原因」整体撤下（其清单随之公开）：此行未导入。机构撤并时请联系网站管理员。',
  messageEn:
    "an agency's own details cannot be withdrawn with 撤回原因 (its lists hang on them): row not imported. Ask the webmaster when an agency is abolished or merged.",
};
