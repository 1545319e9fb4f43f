import { EnforcementStats } from './enforcement-stats.component';

export { EnforcementStats };

const TAG = 'enforcement-stats';

// Guarded: a portal template may include the script twice.
if (!customElements.get(TAG)) customElements.define(TAG, EnforcementStats);

declare global {
  interface HTMLElementTagNameMap {
    'enforcement-stats': EnforcementStats;
  }
}
