/**
 * Every Gongshi widget, registered on import: the public API for bundlers and the entry of
 * the classic-script build. Portals load `gongshi-widgets.js` (widgets/autoloader.ts), which
 * fetches each component only when its tag is on the page.
 */
export { EnforcementAgency } from './enforcement-agency/enforcement-agency';
export { EnforcementDisclosure } from './enforcement-disclosure/enforcement-disclosure';
export { EnforcementStats } from './enforcement-stats/enforcement-stats';
export { ServiceGuide } from './service-guide/service-guide';
