import { EnforcementDisclosure } from './enforcement-disclosure.component';

export { EnforcementDisclosure };

const TAG = 'enforcement-disclosure';

// Guarded: a portal template may include the script twice.
if (!customElements.get(TAG)) customElements.define(TAG, EnforcementDisclosure);

declare global {
  interface HTMLElementTagNameMap {
    'enforcement-disclosure': EnforcementDisclosure;
  }
}
