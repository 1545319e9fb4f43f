import { ServiceGuide } from './service-guide.component';

export { ServiceGuide };

const TAG = 'service-guide';

// Guarded: a portal template may include the script twice.
if (!customElements.get(TAG)) customElements.define(TAG, ServiceGuide);

declare global {
  interface HTMLElementTagNameMap {
    'service-guide': ServiceGuide;
  }
}
