import type { DisclosureMessages } from './enforcement-disclosure.messages';

export const messages: DisclosureMessages = {
  title: 'Enforcement decisions',
  failed: 'The disclosure list cannot be shown right now. Please try again later.',
  filters: 'Search and filter',
  search: 'Keywords',
  searchHint: 'Decision number, party name or what was decided',
  agency: 'Agency',
  allAgencies: 'All agencies',
  category: 'Category',
  allCategories: 'All categories',
  from: 'Decided from',
  to: 'to',
  sort: 'Sort by',
  sortOptions: {
    'decision-desc': 'Decision date (newest first)',
    'decision-asc': 'Decision date (oldest first)',
    'publication-desc': 'Publication date (newest first)',
  },
  clearFilters: 'Clear filters',
  resultCount: (total, first, last) =>
    total === 0 ? 'No matching records' : `${total} records, showing ${first}–${last}`,
  moreOnDemand: 'Older records load as you page, search or filter.',
  moreLoading: 'Loading more records…',
  noResults: 'No published decision matches. Try other filters.',
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  withdrawn: 'Withdrawn',
  corrected: 'Corrected',
};
