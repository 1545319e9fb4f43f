import { EnforcementAgency } from './enforcement-agency.component';

export { EnforcementAgency };

const TAG = 'enforcement-agency';

// Guarded: a portal template may include the script twice.
if (!customElements.get(TAG)) customElements.define(TAG, EnforcementAgency);

declare global {
  interface HTMLElementTagNameMap {
    'enforcement-agency': EnforcementAgency;
  }
}
