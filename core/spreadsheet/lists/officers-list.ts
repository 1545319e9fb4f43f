import type { Officer } from '../../records/agency-profile';
import { parseValidUntil } from './list-cells';
import { type ListDefinition, requiredCells } from './list-definition';

type Key = 'name' | 'certificateNumber' | 'enforcementCategory' | 'area' | 'validUntil';

/** 执法证号 as compared: full-width to ASCII, no spaces or dashes, upper case (as the lookup folds it). */
export function foldCertificateNumber(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\-－—_·.]/g, '')
    .toUpperCase();
}

/**
 * 执法人员清单: 姓名, 执法证号, 执法类别, 执法区域, 证件有效期. Officers are public by design
 * (they show their credentials); their ID numbers, phones and addresses are not, and such
 * columns are refused by the importer (PRIVATE_LIST_COLUMNS).
 */
export const OFFICERS_LIST: ListDefinition<'officers', Key> = {
  kind: 'officers',
  columns: [
    {
      key: 'name',
      header: '姓名',
      aliases: ['执法人员姓名', '执法人员'],
      required: true,
      example: '王某',
    },
    {
      key: 'certificateNumber',
      header: '执法证号',
      aliases: ['执法证件号', '执法证件号码', '执法证编号', '执法证件编号', '证号', '执法证'],
      required: true,
      example: '5199990101',
    },
    {
      key: 'enforcementCategory',
      header: '执法类别',
      aliases: ['执法门类', '执法领域', '执法种类'],
      required: true,
      example: '市场监管',
    },
    {
      key: 'area',
      header: '执法区域',
      aliases: ['执法地域', '执法范围', '管辖区域'],
      required: true,
      example: '示例县全域',
    },
    {
      key: 'validUntil',
      header: '证件有效期',
      aliases: ['有效期至', '证件有效期至', '执法证有效期', '有效期', '证件有效期限'],
      example: '2028-12-31',
    },
  ],
  build(row) {
    const cells = requiredCells(row, ['name', 'certificateNumber', 'enforcementCategory', 'area']);
    const validity = parseValidUntil(row.value('validUntil'));
    if (validity.invalid) {
      row.warn(
        'cell.invalid-date',
        `「${row.title('validUntil')}」不是有效日期，已留空。`,
        `"${row.title('validUntil')}" is not a valid date; left empty.`,
        'validUntil',
      );
    }
    if (!cells) return undefined;
    const officer: Officer = {
      ...cells,
      ...(validity.date ? { certificateValidTo: validity.date } : {}),
    };
    return officer;
  },
  fieldColumns: { certificateValidTo: ['validUntil'] },
  key: (officer) => foldCertificateNumber(officer.certificateNumber),
  label: (officer) => `${officer.name}（${officer.certificateNumber}）`,
};
