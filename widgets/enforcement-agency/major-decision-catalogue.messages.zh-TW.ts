import type { CatalogueMessages } from './major-decision-catalogue.messages';

export const messages: CatalogueMessages = {
  title: '重大執法決定法制審核目錄清單',
  intro:
    '下列執法決定屬於重大執法決定，作出決定前須經法制審核；未經法制審核或者審核未通過的，不得作出決定。',
  item: '審核事項',
  category: '執法類別',
  criteria: '重大執法決定標準',
  basis: '設定依據',
  reviewBody: '審核機構',
};
