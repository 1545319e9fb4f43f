import { html, LitElement, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/index';
import { localeOf, onLangChange } from './locale-observer';

/**
 * The base of every Gongshi widget: follows the page's language, emits typed events, and
 * isolates failures so one broken widget never breaks the portal page around it.
 *
 * Subclasses implement `renderContent()` instead of `render()`.
 */
export abstract class GongshiElement extends LitElement {
  static override properties = {
    locale: { state: true },
    failure: { state: true },
  };

  /** The resolved UI language; follows the closest `lang` attribute. */
  declare protected locale: Locale;
  /** Set when rendering threw; the widget then shows its error state instead. */
  declare protected failure: unknown;

  private stopWatchingLang?: () => void;

  constructor() {
    super();
    this.locale = 'zh-CN';
    this.failure = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = localeOf(this);
    this.stopWatchingLang = onLangChange(() => {
      const next = localeOf(this);
      if (next !== this.locale) this.locale = next;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
  }

  /** Dispatches a bubbling, composed event so host pages can listen on any ancestor. */
  protected emit<T>(name: string, detail?: T): boolean {
    return this.dispatchEvent(
      new CustomEvent<T | undefined>(name, { bubbles: true, composed: true, detail }),
    );
  }

  protected abstract renderContent(): TemplateResult;

  /** Shown instead of the content when rendering failed; subclasses localise it. */
  protected abstract renderFailure(error: unknown): TemplateResult;

  protected override render(): TemplateResult {
    if (this.failure !== undefined) return this.renderFailure(this.failure);
    try {
      return this.renderContent();
    } catch (error) {
      // Keep the page alive: log for the webmaster, show the error state, and let the
      // fallback markup inside the tag (slotted) remain visible.
      console.error(`<${this.localName}> failed to render`, error);
      this.failure = error;
      return this.renderFailure(error);
    }
  }

  /** Slot that shows the light-DOM fallback markup written inside the tag. */
  protected renderFallback(): TemplateResult {
    return html`<slot></slot>`;
  }
}
