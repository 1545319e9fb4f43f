import type { CommonMessages } from './common.messages';

export const messages: CommonMessages = {
  english: true,
  loading: 'Loading the disclosures…',
  noData: 'Nothing has been published yet.',
  unavailable: 'The disclosures cannot be loaded right now. Please try again later.',
  unreadable:
    'The disclosure data file is malformed and cannot be read. Please tell the webmaster.',
  newerVersion: 'The data file is of a newer version: please update Gongshi.',
  cachedCopy: (savedAt) =>
    `The server cannot be reached. This is a copy saved on ${savedAt} and may be out of date.`,
  problems: (hidden) =>
    `${hidden} ${hidden === 1 ? 'record' : 'records'} not shown (errors in the data file).`,
  problemDetails: 'Error details (for the webmaster)',
  yuan: 'yuan',
  wanYuan: '× 10,000 yuan',
  categories: {
    行政许可: 'Licence',
    行政处罚: 'Penalty',
    行政强制: 'Coercive measure',
    行政征收: 'Levy',
    行政检查: 'Inspection',
    行政收费: 'Fee',
    其他: 'Other',
  },
  partyKinds: {
    自然人: 'Natural person',
    法人及非法人组织: 'Organisation',
    个体工商户: 'Individual business',
  },
  timeUnits: { 工作日: 'working days', 日: 'days', 小时: 'hours' },
};
