import { html, LitElement, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/index';
import { localeOf, onLangChange } from './locale-observer';
import { type LocaleTable, loadedMessages, loadMessages } from './locale-table';

/**
 * The base of every Gongshi widget: follows the page's language, emits typed events, and
 * isolates failures so one broken widget never breaks the portal page around it.
 *
 * Subclasses implement `renderContent()` instead of `render()`, and list their translation
 * tables in `messageTables`: until a language's strings have arrived the widget shows the
 * fallback markup inside its tag, never a flash of the wrong language.
 */
export abstract class GongshiElement extends LitElement {
  /** The translation tables `renderContent()` reads through `messages()`. */
  static messageTables: readonly LocaleTable<unknown>[] = [];

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

  /** The strings of `table` in the current language (zh-CN while another is loading). */
  protected messages<M>(table: LocaleTable<M>): M {
    return loadedMessages(table, this.locale) ?? table['zh-CN'];
  }

  protected override render(): TemplateResult {
    const tables = (this.constructor as typeof GongshiElement).messageTables;
    const locale = this.locale;
    if (tables.some((table) => !loadedMessages(table, locale))) {
      loadMessages(tables, locale).then(
        () => this.requestUpdate(),
        (error: unknown) => {
          // The language chunk could not be fetched: fall back to zh-CN rather than nothing.
          console.warn(`<${this.localName}> could not load ${locale} strings`, error);
          this.locale = 'zh-CN';
        },
      );
      return this.renderFallback();
    }
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

  /** The error state: a localised message above the fallback markup, which stays usable. */
  protected renderErrorState(message: string): TemplateResult {
    return html`<section part="base">
      <p part="error" role="alert">${message}</p>
      ${this.renderFallback()}
    </section>`;
  }

  /** Slot that shows the light-DOM fallback markup written inside the tag. */
  protected renderFallback(): TemplateResult {
    return html`<slot></slot>`;
  }
}
