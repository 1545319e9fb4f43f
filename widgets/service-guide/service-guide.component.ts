import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseFeed } from '../../core/feed/parse-feed';
import type { AgencyProfile, ServiceGuide as Guide } from '../../core/records/index';
import { COMMON_MESSAGES } from '../internal/common.messages';
import { linkHash, readLinkState } from '../internal/deep-link';
import { FeedController } from '../internal/feed-controller';
import { renderFeedFrame } from '../internal/feed-status';
import { GongshiElement } from '../internal/gongshi-element';
import type { PublicText } from '../internal/sanitize';
import { sharedStyles } from '../internal/shared.styles';
import { formatTimeLimit, renderStepDiagram, stepDiagramStyles } from '../internal/step-diagram';
import { SERVICE_GUIDE_MESSAGES, type ServiceGuideMessages } from './service-guide.messages';
import { serviceGuideStyles } from './service-guide.styles';

interface GuideEntry {
  readonly agency: AgencyProfile;
  readonly guide: Guide;
}

/**
 * @summary A service guide (服务指南): where to apply, conditions, materials, time limits,
 * fees, the procedure drawn as a step diagram, and the consultation and complaint channels.
 * Printable: the print stylesheet drops the controls and keeps steps and tables whole.
 *
 * Without `item`, lists the guides of the feed (or of `agency`) and opens one by link
 * (`#gs-guide=事项名称`), so a guide can be shared.
 *
 * @slot - Fallback markup (a link to the guide page or a PDF), shown when JavaScript or the
 *   feed is unavailable.
 * @csspart base - The outer section.
 * @csspart title - The heading.
 * @csspart guide - One guide.
 * @csspart flow - The procedure diagram.
 * @csspart step - One step of the procedure.
 * @csspart notice - Cached-copy and skipped-records notices.
 * @csspart status - The loading message.
 * @csspart error - Error messages.
 * @cssproperty --gongshi-color-text - Text colour (default #1a1a1a).
 * @cssproperty --gongshi-color-border - Borders (default #6f6f6f).
 * @cssproperty --gongshi-color-surface - Background (default #fff).
 * @cssproperty --gongshi-color-link - Links (default #0b4f9c).
 * @cssproperty --gongshi-color-accent - Buttons and diagram boxes (default #0b4f9c).
 * @cssproperty --gongshi-color-flow-border - Step box borders and arrows (default: accent).
 * @cssproperty --gongshi-color-flow-surface - Step box background (default #f3f8fc).
 * @cssproperty --gongshi-font-family - Font (default: the page's).
 * @cssproperty --gongshi-line-height - Line height (default 1.6).
 * @cssproperty --gongshi-spacing - Inner padding (default 1em).
 * @event gongshi-guide-open - A guide opened; `detail.item` is its 事项名称.
 */
export class ServiceGuide extends GongshiElement {
  static override styles = [sharedStyles, stepDiagramStyles, serviceGuideStyles];
  static override messageTables = [SERVICE_GUIDE_MESSAGES, COMMON_MESSAGES];

  static override properties = {
    ...GongshiElement.properties,
    src: { type: String },
    agency: { type: String },
    item: { type: String },
    heading: { type: String },
    selected: { state: true },
  };

  /** URL of the feed whose agency profiles carry the guides. */
  declare src: string | undefined;
  /** Only this agency's guides (its exact name). */
  declare agency: string | undefined;
  /** Show this one guide (its 事项名称) instead of the list. */
  declare item: string | undefined;
  /** Replaces the default heading text. */
  declare heading: string | undefined;

  declare private selected: string | undefined;
  private readonly feed = new FeedController(this, parseFeed);
  private started = false;
  private pendingFocus: string | undefined;
  private readonly onLocationChange = () => this.syncFromLocation(true);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onLocationChange);
    this.syncFromLocation(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onLocationChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.started || changed.has('src')) {
      this.started = true;
      this.feed.load(this.src);
    }
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      if (target) {
        this.pendingFocus = undefined;
        target.focus();
      }
    }
  }

  private syncFromLocation(fromEvent: boolean): void {
    const previous = this.selected;
    this.selected = readLinkState().guide;
    if (!fromEvent || previous === this.selected) return;
    this.pendingFocus = this.selected
      ? '#guide-title'
      : `a[data-item="${CSS.escape(previous ?? '')}"]`;
    if (this.selected) this.emit('gongshi-guide-open', { item: this.selected });
  }

  private entries(): GuideEntry[] {
    const wanted = this.agency?.trim();
    return (this.feed.feed?.agencies ?? [])
      .filter((agency) => !wanted || agency.name === wanted)
      .flatMap((agency) => (agency.serviceGuides ?? []).map((guide) => ({ agency, guide })));
  }

  protected renderContent(): TemplateResult {
    const messages = this.messages(SERVICE_GUIDE_MESSAGES);
    return renderFeedFrame({
      controller: this.feed,
      locale: this.locale,
      messages: this.messages(COMMON_MESSAGES),
      fallback: this.renderFallback(),
      heading: this.heading || messages.title,
      body: (publicText) => this.renderGuides(messages, publicText),
    });
  }

  protected renderFailure(): TemplateResult {
    return this.renderErrorState(this.messages(SERVICE_GUIDE_MESSAGES).failed);
  }

  private renderGuides(messages: ServiceGuideMessages, publicText: PublicText): TemplateResult {
    const entries = this.entries();
    if (entries.length === 0) return html`<p>${messages.none}</p>`;
    const fixed = this.item?.trim();
    const wanted =
      fixed ||
      this.selected ||
      (entries.length === 1 ? publicText(entries[0]!.guide.itemName) : undefined);
    if (wanted) {
      // Guides are keyed by their redacted name: the key goes into the address and markup.
      const entry = entries.find(
        ({ guide }) => publicText(guide.itemName) === wanted || guide.itemName === fixed,
      );
      const showBack = !fixed && entries.length > 1;
      return entry
        ? this.renderGuide(entry, messages, publicText, showBack)
        : html`<p>${messages.notFound}</p>${showBack ? this.renderBack(messages) : nothing}`;
    }
    return html`<p>${messages.choose}</p>
      <ul class="guides">
        ${entries.map(
          ({ agency, guide }) => html`<li>
            <a href=${linkHash({ guide: publicText(guide.itemName) })} data-item=${publicText(guide.itemName)}>${publicText(guide.itemName)}</a>
            <span class="muted">（${publicText(agency.name)}）</span>
          </li>`,
        )}
      </ul>`;
  }

  private renderBack(messages: ServiceGuideMessages): TemplateResult {
    return html`<button type="button" class="secondary" @click=${() => {
      location.hash = linkHash({});
    }}><span aria-hidden="true">←</span> ${messages.back}</button>`;
  }

  private renderGuide(
    { agency, guide }: GuideEntry,
    messages: ServiceGuideMessages,
    publicText: PublicText,
    showBack: boolean,
  ): TemplateResult {
    const channels = [
      ...(guide.consultationPhone ? [[messages.consultation, guide.consultationPhone, '']] : []),
      ...(guide.complaintPhone ? [[messages.complaint, guide.complaintPhone, '']] : []),
      ...(agency.supervision ?? []).map((channel) => [
        channel.kind,
        channel.value,
        channel.hours ?? '',
      ]),
    ];
    return html`<article part="guide" aria-labelledby="guide-title">
      <div class="toolbar">
        ${showBack ? this.renderBack(messages) : nothing}
        <button type="button" class="secondary" @click=${() => window.print()}>${messages.print}</button>
      </div>
      <h3 id="guide-title" tabindex="-1">${publicText(guide.itemName)}</h3>
      <p class="agency-name muted">${messages.agency}：${publicText(agency.name)}</p>
      <dl class="fields">
        <dt>${messages.acceptingBody}</dt><dd>${publicText(guide.acceptingBody)}</dd>
        <dt>${messages.approvingBody}</dt><dd>${publicText(guide.approvingBody)}</dd>
        <dt>${messages.timeLimit}</dt><dd>${formatTimeLimit(guide.timeLimit, this.locale, this.messages(COMMON_MESSAGES).timeUnits, publicText)}</dd>
        <dt>${messages.fees}</dt><dd>${publicText(guide.fees)}</dd>
      </dl>
      <h4>${messages.legalBasis}</h4>
      <ul>${guide.legalBasis.map((basis) => html`<li>${publicText(basis)}</li>`)}</ul>
      <h4>${messages.conditions}</h4>
      <ul>${guide.conditions.map((condition) => html`<li>${publicText(condition)}</li>`)}</ul>
      <h4 id="materials-title">${messages.materials}</h4>
      <table aria-labelledby="materials-title">
        <thead><tr>
          <th scope="col">${messages.materialName}</th>
          <th scope="col" class="number">${messages.copies}</th>
          <th scope="col">${messages.note}</th>
        </tr></thead>
        <tbody>
          ${guide.materials.map(
            (material) => html`<tr>
              <td>${publicText(material.name)}</td>
              <td class="number">${material.copies ?? ''}</td>
              <td>${publicText(material.note)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h4>${messages.flow}</h4>
      ${renderStepDiagram(guide.flow, this.locale, publicText, {
        actor: messages.actor,
        timeLimit: messages.stepTime,
        timeUnits: this.messages(COMMON_MESSAGES).timeUnits,
      })}
      <h4>${messages.channels}</h4>
      <dl class="fields">
        ${channels.map(
          ([kind, value, hours]) =>
            html`<dt>${publicText(kind)}</dt><dd>${publicText(value)}${hours ? html` <span class="muted">（${publicText(hours)}）</span>` : nothing}</dd>`,
        )}
      </dl>
    </article>`;
  }
}
