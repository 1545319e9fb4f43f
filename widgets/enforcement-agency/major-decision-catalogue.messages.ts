import type { LocaleTable } from '../internal/locale-table';

/** The 重大执法决定法制审核目录清单 section's words, fetched with the section. */
export interface CatalogueMessages {
  readonly title: string;
  /** One line under the title: what the list is for. */
  readonly intro: string;
  readonly item: string;
  readonly category: string;
  readonly criteria: string;
  readonly basis: string;
  readonly reviewBody: string;
}

export const CATALOGUE_MESSAGES: LocaleTable<CatalogueMessages> = {
  'zh-CN': {
    title: '重大执法决定法制审核目录清单',
    intro:
      '下列执法决定属于重大执法决定，作出决定前须经法制审核；未经法制审核或者审核未通过的，不得作出决定。',
    item: '审核事项',
    category: '执法类别',
    criteria: '重大执法决定标准',
    basis: '设定依据',
    reviewBody: '审核机构',
  },
  'zh-TW': () =>
    import('./major-decision-catalogue.messages.zh-TW').then((module) => module.messages),
  en: () => import('./major-decision-catalogue.messages.en').then((module) => module.messages),
};
