import { html, type TemplateResult } from 'lit';
import { GongshiElement } from '../internal/gongshi-element';

export class EnforcementStats extends GongshiElement {
  protected renderContent(): TemplateResult {
    return html`<slot></slot>`;
  }
  protected renderFailure(): TemplateResult {
    return html`<slot></slot>`;
  }
}
