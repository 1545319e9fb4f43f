export { boardStyles } from './board-styles';
export { contentKey } from './content-hash';
export { escapeHtml, html, Markup, safeHref } from './html';
export {
  type ImportedSources,
  importSources,
  type SourceFile,
  type SourceProblem,
  type SourceReport,
} from './import-sources';
export { isListable } from './listable';
export { type MergeResult, mergeSources } from './merge-sources';
export {
  type AnnualReportOptions,
  annualReportContent,
  annualReportDocument,
  annualReportTitle,
  REPORT_COLUMNS,
} from './pages/annual-report';
export { type BoardDocumentOptions, boardDocument, renderBoards } from './pages/board-page';
export {
  type PlannedFile,
  planSite,
  SITE_RENDER_VERSION,
  type SiteInput,
  type SitePlan,
} from './plan-site';
export {
  agencyPublicNumbers,
  createSitePrivacy,
  createSitePublicText,
  type SitePrivacy,
  type SitePublicText,
} from './public-text';
export { BLOCKING_CODES, checkForPublication, type GateResult } from './publication-gate';
export {
  type BoardOptions,
  DUTY_FONT_STEPS_MM,
  dutySizeStep,
  PAPER_SIZES,
  type Paper,
  type ResponsibilityBoard,
  responsibilityBoards,
} from './responsibility-board';
export { agencyKeys, SitePath } from './site-paths';
export { SITE_CSS } from './site-styles';
export { DEFAULT_PAGE_TEMPLATE, type PageTemplate, parsePageTemplate } from './template';
