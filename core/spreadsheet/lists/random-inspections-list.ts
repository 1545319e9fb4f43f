import type { RandomInspectionItem } from '../../records/agency-profile';
import { type ListDefinition, requiredCells } from './list-definition';

type Key = 'item' | 'basis' | 'body' | 'content' | 'method' | 'ratio' | 'frequency';

/**
 * 随机抽查事项清单 (“双随机、一公开”): 抽查事项, 依据, 主体, 内容, 方式, 比例, 频次. Without a
 * 抽查主体 column the agency itself inspects.
 */
export const RANDOM_INSPECTIONS_LIST: ListDefinition<'randomInspections', Key> = {
  kind: 'randomInspections',
  columns: [
    {
      key: 'item',
      header: '抽查事项',
      aliases: ['抽查事项名称', '检查事项', '随机抽查事项', '抽查项目'],
      required: true,
      example: '食品经营者监督检查',
    },
    {
      key: 'basis',
      header: '抽查依据',
      aliases: ['检查依据', '法律依据', '依据'],
      required: true,
      example: '《中华人民共和国食品安全法》第一百一十条',
    },
    {
      key: 'body',
      header: '抽查主体',
      aliases: ['检查主体', '抽查机关', '检查机关'],
      example: '示例县市场监督管理局',
    },
    {
      key: 'content',
      header: '抽查内容',
      aliases: ['检查内容', '抽查事项内容'],
      required: true,
      example: '经营资质、进货查验记录、食品贮存条件',
    },
    {
      key: 'method',
      header: '抽查方式',
      aliases: ['检查方式', '抽查形式'],
      required: true,
      example: '现场检查、书面检查',
    },
    {
      key: 'ratio',
      header: '抽查比例',
      aliases: ['检查比例', '比例'],
      required: true,
      example: '5%',
    },
    {
      key: 'frequency',
      header: '抽查频次',
      aliases: ['检查频次', '频次', '抽查频率'],
      required: true,
      example: '每年不少于1次',
    },
  ],
  build(row) {
    const cells = requiredCells(row, ['item', 'basis', 'content', 'method', 'ratio', 'frequency']);
    if (!cells) return undefined;
    const item: RandomInspectionItem = { ...cells, body: row.value('body') ?? row.agency.name };
    return item;
  },
  key: (item) => item.item,
  label: (item) => item.item,
};
