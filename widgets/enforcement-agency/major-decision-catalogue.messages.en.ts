import type { CatalogueMessages } from './major-decision-catalogue.messages';

export const messages: CatalogueMessages = {
  title: 'Major decisions reviewed by the legal office',
  intro:
    'These enforcement decisions are major: each needs a legal review (法制审核) before it is made, and is not made without one or if the review does not approve it.',
  item: 'Item',
  category: 'Category',
  criteria: 'When a decision is major',
  basis: 'Legal basis',
  reviewBody: 'Reviewed by',
};
