/** Registers every Gongshi widget. The public API of the widget bundle. */
export { EnforcementDisclosure } from './enforcement-disclosure/enforcement-disclosure';
