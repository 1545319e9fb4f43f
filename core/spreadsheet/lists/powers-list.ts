import type { Power } from '../../records/agency-profile';
import { type ListDefinition, requiredCells } from './list-definition';

type Key = 'code' | 'name' | 'category' | 'basis';

/**
 * 权责清单: one power per row (事项编码, 事项名称, 事项类别, 设定依据). Entries are matched
 * by their 事项编码 when the province gives one, else by name.
 */
export const POWERS_LIST: ListDefinition<'powers', Key> = {
  kind: 'powers',
  columns: [
    {
      key: 'code',
      header: '事项编码',
      aliases: ['权力编码', '职权编码', '权责事项编码', '基本编码', '编码', '权力事项编码'],
      example: 'SLXSJ-CF-001',
    },
    {
      key: 'name',
      header: '事项名称',
      aliases: ['权力事项名称', '职权名称', '权责事项', '权力名称', '权责事项名称'],
      required: true,
      example: '对经营超过保质期食品的行政处罚',
    },
    {
      key: 'category',
      header: '事项类别',
      aliases: ['权力类别', '权力类型', '职权类别', '职权类型', '事项类型', '权责类别'],
      required: true,
      example: '行政处罚',
    },
    {
      key: 'basis',
      header: '设定依据',
      aliases: ['实施依据', '法律依据', '依据', '设定和实施依据'],
      example: '《中华人民共和国食品安全法》第一百二十四条',
    },
  ],
  build(row) {
    const cells = requiredCells(row, ['name', 'category']);
    if (!cells) return undefined;
    const basis = row.value('basis');
    const code = row.value('code');
    const power: Power = { ...cells, ...(basis ? { basis } : {}), ...(code ? { code } : {}) };
    return power;
  },
  key: (power) => (power.code ? `code:${power.code}` : `name:${power.name}`),
  label: (power) => (power.code ? `${power.name}（${power.code}）` : power.name),
};
