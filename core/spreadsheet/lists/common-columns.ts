import type { ListColumn } from './list-definition';

export type CommonKey = 'agency' | 'agencyCode' | 'updated';

/**
 * Columns every 事前公开 list may carry: whose list it is, and when the agency last updated
 * it (the seed: 及时进行动态调整; without 更新日期 the import date counts). 更正原因 and
 * 撤回原因 are the control columns of columns.ts.
 */
export const COMMON_LIST_COLUMNS: readonly ListColumn<CommonKey>[] = [
  {
    key: 'agency',
    header: '执法主体',
    aliases: [
      '执法主体名称',
      '实施主体',
      '实施主体名称',
      '实施机关',
      '所属单位',
      '所属部门',
      '单位名称',
      '机关名称',
      '执法机关',
      '执法部门',
      '部门名称',
      '行政机关',
      '主体名称',
    ],
    example: '示例县市场监督管理局',
  },
  {
    key: 'agencyCode',
    header: '统一社会信用代码',
    aliases: [
      '执法主体统一社会信用代码',
      '单位统一社会信用代码',
      '机关统一社会信用代码',
      '主体统一社会信用代码',
    ],
    example: '11519999MB0JP50KA9',
  },
  {
    key: 'updated',
    header: '更新日期',
    aliases: ['更新时间', '调整日期', '修订日期', '最后更新日期', '最近更新日期'],
    example: '2026-01-05',
  },
];

/**
 * Columns of personal data an officers' roster exported from a personnel system often keeps:
 * reported and never read, so they cannot reach the portal (DOMAIN.md §4; officers are public
 * by name, 执法证号, 执法类别 and 执法区域 only).
 */
export const PRIVATE_LIST_COLUMNS: readonly string[] = [
  '身份证号',
  '身份证号码',
  '公民身份号码',
  '身份证件号码',
  '居民身份证号码',
  '证件号码',
  '手机',
  '手机号',
  '手机号码',
  '联系电话',
  '个人电话',
  '家庭住址',
  '住址',
  '现住址',
  '户籍地址',
  '出生日期',
  '出生年月',
  '性别',
  '民族',
  '年龄',
  '籍贯',
  '政治面貌',
  '学历',
  '婚姻状况',
  '银行账号',
];

/** Columns that carry no information to publish: read as nothing, without a report. */
export const IGNORED_LIST_COLUMNS: readonly string[] = ['序号', '排序', '顺序号', 'No', 'No.'];
