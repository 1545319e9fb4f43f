import { html, type TemplateResult } from 'lit';
import { GongshiElement } from '../internal/gongshi-element';
import { DISCLOSURE_MESSAGES } from './enforcement-disclosure.messages';
import { disclosureStyles } from './enforcement-disclosure.styles';

/**
 * @summary The listing of enforcement decisions (事后公开) for a portal column.
 *
 * Foundation stage: renders its localised heading around the fallback markup written inside
 * the tag; the listing itself arrives with the feed format.
 *
 * @slot - Fallback markup (a link to the full list, a plain table) shown as-is.
 * @csspart base - The outer section.
 * @csspart title - The heading.
 * @csspart error - The error message shown when rendering failed.
 * @cssproperty --gongshi-color-text - Text colour.
 * @cssproperty --gongshi-color-border - Border colour.
 * @cssproperty --gongshi-color-surface - Background.
 * @cssproperty --gongshi-line-height - Line height (≥ 1.3 for elderly-friendly pages).
 */
export class EnforcementDisclosure extends GongshiElement {
  static override styles = disclosureStyles;

  protected renderContent(): TemplateResult {
    const messages = DISCLOSURE_MESSAGES[this.locale];
    return html`<section part="base" aria-labelledby="title">
      <h2 part="title" id="title">${messages.title}</h2>
      ${this.renderFallback()}
    </section>`;
  }

  protected renderFailure(): TemplateResult {
    return html`<section part="base">
      <p part="error" role="alert">${DISCLOSURE_MESSAGES[this.locale].failed}</p>
      ${this.renderFallback()}
    </section>`;
  }
}
