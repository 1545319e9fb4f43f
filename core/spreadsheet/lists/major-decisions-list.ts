import type { MajorDecisionCatalogueItem } from '../../records/agency-profile';
import { MoneyUnit } from '../../records/enumerations';
import { convertMoney, parseMoney } from '../../records/money';
import { type ListDefinition, requiredCells } from './list-definition';

type Key = 'category' | 'item' | 'criteria' | 'threshold' | 'basis' | 'reviewBody';

/**
 * 重大执法决定法制审核目录清单 (the seed, 四（二）1: by 执法类别, 领域, 涉案金额…): one
 * reviewable kind of decision per row. A 金额标准 column in 元 (or 万元, by its header or
 * the cell) is kept as `thresholdYuan`, for the review gate to read without parsing prose.
 */
export const MAJOR_DECISIONS_LIST: ListDefinition<'majorDecisionCatalogue', Key> = {
  kind: 'majorDecisionCatalogue',
  columns: [
    {
      key: 'category',
      header: '执法类别',
      aliases: ['行政执法类别', '执法行为类别', '决定类别', '类别'],
      required: true,
      example: '行政处罚',
    },
    {
      key: 'item',
      header: '审核事项',
      aliases: ['重大执法决定事项', '事项名称', '目录事项', '法制审核事项', '事项'],
      required: true,
      example: '较大数额罚款',
    },
    {
      key: 'criteria',
      header: '重大执法决定标准',
      aliases: ['认定标准', '审核标准', '适用情形', '具体情形', '情形', '标准', '审核范围'],
      required: true,
      example: '对公民处以1万元以上、对法人或者其他组织处以10万元以上罚款的',
    },
    {
      key: 'threshold',
      header: '金额标准(元)',
      aliases: ['金额标准', '涉案金额', '金额下限', '涉案金额标准'],
      example: '10000',
    },
    {
      key: 'basis',
      header: '设定依据',
      aliases: ['审核依据', '法律依据', '依据'],
      example: '《四川省重大行政执法决定法制审核办法》',
    },
    {
      key: 'reviewBody',
      header: '审核机构',
      aliases: ['法制审核机构', '审核部门'],
      example: '示例县市场监督管理局法规股',
    },
  ],
  build(row) {
    const cells = requiredCells(row, ['category', 'item', 'criteria']);
    const thresholdText = row.value('threshold');
    let thresholdYuan: string | undefined;
    if (thresholdText) {
      const unit = /万元/.test(row.title('threshold')) ? MoneyUnit.wanYuan : MoneyUnit.yuan;
      const parsed = parseMoney(thresholdText, unit);
      const yuan =
        parsed && 'money' in parsed ? convertMoney(parsed.money, MoneyUnit.yuan) : undefined;
      if (yuan) thresholdYuan = yuan.value;
      else {
        row.warn(
          'cell.invalid-amount',
          `「${row.title('threshold')}」的「${thresholdText}」不是有效金额，已留空。`,
          `"${thresholdText}" in "${row.title('threshold')}" is not a valid amount; left empty.`,
          'threshold',
        );
      }
    }
    if (!cells) return undefined;
    const basis = row.value('basis');
    const reviewBody = row.value('reviewBody');
    const item: MajorDecisionCatalogueItem = {
      item: cells.item,
      category: cells.category,
      criteria: cells.criteria,
      ...(basis ? { basis } : {}),
      ...(thresholdYuan ? { thresholdYuan } : {}),
      ...(reviewBody ? { reviewBody } : {}),
    };
    return item;
  },
  fieldColumns: { thresholdYuan: ['threshold'] },
  key: (item) => `${item.category}:${item.item}`,
  label: (item) => `${item.category}：${item.item}`,
};
