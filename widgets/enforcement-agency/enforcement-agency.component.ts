import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseFeed } from '../../core/feed/parse-feed';
import { type AgencyProfile, credentialExpired } from '../../core/records/index';
import { COMMON_MESSAGES } from '../internal/common.messages';
import { linkHash, readLinkState } from '../internal/deep-link';
import { FeedController } from '../internal/feed-controller';
import { renderFeedFrame } from '../internal/feed-status';
import { formatDate, todayIso } from '../internal/format-date';
import { GongshiElement } from '../internal/gongshi-element';
import { safeHttpUrl } from '../internal/safe-url';
import type { PublicText } from '../internal/sanitize';
import { sharedStyles } from '../internal/shared.styles';
import { renderStepDiagram, stepDiagramStyles } from '../internal/step-diagram';
import { findOfficer } from './credential-lookup';
import { AGENCY_MESSAGES, type AgencyMessages } from './enforcement-agency.messages';
import { agencyStyles } from './enforcement-agency.styles';
import { BOARD_MESSAGES } from './responsibility-board.messages';

/** The print view of the 岗位职责公示牌, a chunk fetched when a visitor opens it. */
type BoardView = typeof import('./responsibility-board-view');
/** The 重大执法决定法制审核目录清单 section, a chunk fetched for an agency that publishes one. */
type CatalogueView = typeof import('./major-decision-catalogue-view');

type LookupResult =
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'found';
      readonly name: string;
      readonly category: string;
      readonly area: string;
    }
  | { readonly kind: 'not-found'; readonly number: string }
  | {
      readonly kind: 'expired';
      readonly name: string;
      readonly number: string;
      /** The last valid day, as the visitor reads dates. */
      readonly date: string;
    };

/**
 * @summary An agency's 事前公开 profile: duties, powers list, legal basis, officers with their
 * 执法证号, random-inspection list, procedures, supervision channels and remedies, plus a
 * credential lookup where a citizen checks that an officer at the door is authorised.
 *
 * The agency chosen in the picker is kept in the address (`#gs-profile=机关名称`, also read
 * from the query string), so a profile can be shared; each choice is a history entry, so the
 * browser's Back returns to the agency shown before.
 *
 * @slot - Fallback markup (a link to the agency's page), shown when JavaScript or the feed is
 *   unavailable.
 * @csspart base - The outer section.
 * @csspart title - The heading.
 * @csspart lookup - The credential lookup box.
 * @csspart lookup-result - The lookup's answer (a polite live region).
 * @csspart officers - The officers table.
 * @csspart catalogue - The 重大执法决定法制审核目录清单 table (shown when the agency publishes one).
 * @csspart board-open - The button that opens the 岗位职责公示牌 print view.
 * @csspart board - The print view: one board per officer on duty, one per printed page.
 * @csspart flow - A procedure diagram.
 * @csspart step - One step of a procedure.
 * @csspart notice - Cached-copy and skipped-records notices.
 * @csspart status - The loading message.
 * @csspart error - Error messages.
 * @cssproperty --gongshi-color-text - Text colour (default #1a1a1a).
 * @cssproperty --gongshi-color-border - Borders (default #6f6f6f).
 * @cssproperty --gongshi-color-surface - Background (default #fff).
 * @cssproperty --gongshi-color-link - Links (default #0b4f9c).
 * @cssproperty --gongshi-color-accent - Buttons and the lookup box border (default #0b4f9c).
 * @cssproperty --gongshi-color-error - Not-found answer (default #a4000f).
 * @cssproperty --gongshi-font-family - Font (default: the page's).
 * @cssproperty --gongshi-line-height - Line height (default 1.6).
 * @cssproperty --gongshi-spacing - Inner padding (default 1em).
 * @event gongshi-credential-checked - A credential was looked up; `detail.found` says whether
 *   it is on the list, `detail.valid` (when found) whether its 证件有效期 has not passed.
 */
export class EnforcementAgency extends GongshiElement {
  static override styles = [sharedStyles, stepDiagramStyles, agencyStyles];
  static override messageTables = [AGENCY_MESSAGES, COMMON_MESSAGES, BOARD_MESSAGES];

  static override properties = {
    ...GongshiElement.properties,
    src: { type: String },
    agency: { type: String },
    heading: { type: String },
    chosen: { state: true },
    lookup: { state: true },
    boardView: { state: true },
    catalogueView: { state: true },
  };

  /** URL of the feed whose `agencies` hold the profiles. */
  declare src: string | undefined;
  /**
   * The agency to show (its exact name); without it, a picker, on the agency the address
   * names or the first.
   */
  declare agency: string | undefined;
  /** Replaces the default heading text. */
  declare heading: string | undefined;

  declare private chosen: string | undefined;
  declare private lookup: LookupResult | undefined;
  /** The board print view, once loaded and while it is open. */
  declare private boardView: BoardView | undefined;
  private boardStylesAdopted = false;
  declare private catalogueView: CatalogueView | undefined;
  private catalogueRequested = false;
  private readonly feed = new FeedController(this, parseFeed);
  private started = false;
  private readonly onLocationChange = () => {
    const named = readLinkState().profile;
    if (named === this.chosen) return;
    this.chosen = named;
    this.lookup = undefined;
  };

  // Like <service-guide>: the choice lives in the hash, so hashchange covers Back and Forward.
  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onLocationChange);
    this.onLocationChange();
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

  protected renderContent(): TemplateResult {
    const messages = this.messages(AGENCY_MESSAGES);
    return renderFeedFrame({
      controller: this.feed,
      locale: this.locale,
      messages: this.messages(COMMON_MESSAGES),
      fallback: this.renderFallback(),
      heading: this.heading || messages.title,
      body: (publicText) => this.renderAgencyOrBoards(messages, publicText),
    });
  }

  private renderAgencyOrBoards(messages: AgencyMessages, publicText: PublicText): TemplateResult {
    const agency = this.boardView && this.shownAgency();
    if (!this.boardView || !agency) return this.renderAgency(messages, publicText);
    return this.boardView.renderBoardView(agency, {
      messages: this.messages(BOARD_MESSAGES),
      publicText,
      today: todayIso(),
      print: () => window.print(),
      back: () => this.closeBoards(),
    });
  }

  /** The agency the profile shows: the fixed one, the chosen one, or the first. */
  private shownAgency(): AgencyProfile | undefined {
    const agencies = this.feed.feed?.agencies ?? [];
    const fixed = this.agency?.trim();
    const name = fixed || this.chosen;
    return (
      agencies.find((candidate) => candidate.name === name) ?? (fixed ? undefined : agencies[0])
    );
  }

  /**
   * Opens the 岗位职责公示牌 print view in place of the profile (no pop-up), with focus on its
   * heading so a screen reader announces where the visitor now is.
   */
  private async openBoards(): Promise<void> {
    const view = await import('./responsibility-board-view');
    // The print view's styles come with it, not in the first view of every agency page.
    if (!this.boardStylesAdopted) {
      adoptStyles(this.renderRoot as ShadowRoot, [
        ...(this.constructor as typeof EnforcementAgency).elementStyles,
        view.boardViewStyles,
      ]);
      this.boardStylesAdopted = true;
    }
    this.boardView = view;
    this.toggleAttribute('data-board-view', true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#board-view-title')?.focus();
  }

  private async closeBoards(): Promise<void> {
    this.boardView = undefined;
    this.toggleAttribute('data-board-view', false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#board-open')?.focus();
  }

  protected renderFailure(): TemplateResult {
    return this.renderErrorState(this.messages(AGENCY_MESSAGES).failed);
  }

  private renderAgency(messages: AgencyMessages, publicText: PublicText): TemplateResult {
    const agencies = this.feed.feed?.agencies ?? [];
    const fixed = this.agency?.trim();
    const agency = this.shownAgency();
    if (!agency) return html`<p>${messages.none}</p>`;
    const website = safeHttpUrl(agency.website);
    return html`${
      !fixed && agencies.length > 1
        ? html`<div class="agency-picker">
            <label for="agency">${messages.choose}</label>
            <select id="agency" @change=${(event: Event) => {
              // A new history entry (the hashchange then shows the agency): Back returns.
              location.hash = linkHash({
                ...readLinkState(),
                profile: (event.target as HTMLSelectElement).value,
              });
            }}>
              ${agencies.map(
                // .selected, not ?selected: the attribute stops steering an option once the
                // visitor has used the picker, and Back must move the picker too.
                (candidate) =>
                  html`<option .value=${candidate.name} .selected=${candidate === agency}>${publicText(candidate.name)}</option>`,
              )}
            </select>
          </div>`
        : nothing
    }
      <h3 class="agency-name">${publicText(agency.name)}</h3>
      <dl class="fields">
        ${this.field(messages.bodyType, publicText(agency.bodyType))}
        ${this.field(messages.code, publicText(agency.code))}
        ${this.field(messages.address, publicText(agency.address))}
        ${website ? html`<dt>${messages.website}</dt><dd><a href=${website} rel="noopener noreferrer">${publicText(agency.website)}</a></dd>` : nothing}
        ${this.field(messages.updated, formatDate(agency.updated, this.locale))}
      </dl>
      ${this.renderLookup(agency, messages, publicText)}
      <h3>${messages.duties}</h3>
      <ul>${agency.duties.map((duty) => html`<li>${publicText(duty)}</li>`)}</ul>
      ${this.renderTable(
        'powers',
        messages.powers,
        [messages.powerName, messages.powerCategory, messages.powerBasis, messages.powerCode],
        agency.powers.map((power) => [power.name, power.category, power.basis, power.code]),
        publicText,
      )}
      <h3>${messages.legalBasis}</h3>
      <ul>
        ${agency.legalBasis.map((basis) => {
          const url = safeHttpUrl(basis.url);
          const title = `${publicText(basis.title)}${basis.articles ? ` ${publicText(basis.articles)}` : ''}`;
          return html`<li>${url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title}${
            basis.discretionStandard
              ? html` <span class="muted">（${messages.discretion}）</span>`
              : nothing
          }</li>`;
        })}
      </ul>
      ${this.renderTable(
        'officers',
        messages.officers,
        [messages.officerName, messages.certificate, messages.officerCategory, messages.area],
        agency.officers.map((officer) => [
          officer.name,
          officer.certificateNumber,
          officer.enforcementCategory,
          officer.area,
        ]),
        publicText,
      )}
      ${
        agency.officers.length || agency.duties.length
          ? html`<p><button type="button" class="secondary" id="board-open" part="board-open"
              @click=${() => this.openBoards()}>${this.messages(BOARD_MESSAGES).open}</button></p>`
          : nothing
      }
      ${this.renderTable(
        'inspections',
        messages.randomInspections,
        [
          messages.inspectionItem,
          messages.inspectionBasis,
          messages.inspectionBody,
          messages.inspectionContent,
          messages.inspectionMethod,
          messages.inspectionRatio,
          messages.inspectionFrequency,
        ],
        agency.randomInspections.map((item) => [
          item.item,
          item.basis,
          item.body,
          item.content,
          item.method,
          item.ratio,
          item.frequency,
        ]),
        publicText,
      )}
      ${this.renderCatalogue(agency, publicText)}
      ${
        agency.procedures.length
          ? html`<h3>${messages.procedures}</h3>
              ${agency.procedures.map((flow) =>
                renderStepDiagram(flow, this.locale, publicText, {
                  actor: messages.actor,
                  timeLimit: messages.stepTime,
                  timeUnits: this.messages(COMMON_MESSAGES).timeUnits,
                }),
              )}`
          : nothing
      }
      <h3>${messages.supervision}</h3>
      <dl class="fields">
        ${agency.supervision.map(
          (channel) =>
            html`<dt>${publicText(channel.kind)}</dt><dd>${publicText(channel.value)}${
              channel.hours
                ? html` <span class="muted">（${messages.hours}：${publicText(channel.hours)}）</span>`
                : nothing
            }</dd>`,
        )}
      </dl>
      ${this.renderTable(
        'remedies',
        messages.remedies,
        [messages.remedyKind, messages.remedyBody, messages.remedyDeadline],
        agency.remedies.map((remedy) => [remedy.kind, remedy.body, remedy.deadline]),
        publicText,
      )}`;
  }

  /**
   * The 重大执法决定法制审核目录清单: its code and strings are fetched the first time an agency
   * that publishes one is shown (most pages' first view never needs them); until then nothing
   * stands in its place, and a failed fetch leaves the rest of the profile as it is (the
   * static agency page still lists it).
   */
  private renderCatalogue(
    agency: AgencyProfile,
    publicText: PublicText,
  ): TemplateResult | typeof nothing {
    const view = this.catalogueView;
    if (view) {
      return view.renderCatalogueSection(agency, publicText, this.locale, () =>
        this.requestUpdate(),
      );
    }
    if (agency.majorDecisionCatalogue?.length && !this.catalogueRequested) {
      this.catalogueRequested = true;
      import('./major-decision-catalogue-view').then((loaded) => {
        this.catalogueView = loaded;
      }, console.warn);
    }
    return nothing;
  }

  private field(name: string, value: string): TemplateResult | typeof nothing {
    return value ? html`<dt>${name}</dt><dd>${value}</dd>` : nothing;
  }

  private renderTable(
    id: string,
    title: string,
    headers: readonly string[],
    rows: readonly (readonly (string | undefined)[])[],
    publicText: PublicText,
  ): TemplateResult | typeof nothing {
    if (rows.length === 0) return nothing;
    return html`<h3 id=${`${id}-title`}>${title}</h3>
      <table part=${id} aria-labelledby=${`${id}-title`}>
        <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>${row.map((cell, index) =>
                index === 0
                  ? html`<th scope="row">${publicText(cell)}</th>`
                  : html`<td>${publicText(cell)}</td>`,
              )}</tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderLookup(
    agency: AgencyProfile,
    messages: AgencyMessages,
    publicText: PublicText,
  ): TemplateResult {
    const submit = (event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).elements.namedItem(
        'credential',
      ) as HTMLInputElement;
      const number = input.value.trim();
      if (!number) {
        this.lookup = { kind: 'empty' };
        return;
      }
      const officer = findOfficer(agency.officers, number);
      // An expired credential must not be confirmed: the seed requires 合法有效的执法证件.
      const expired = officer !== undefined && credentialExpired(officer, todayIso());
      this.lookup = !officer
        ? { kind: 'not-found', number: publicText(number) }
        : expired
          ? {
              kind: 'expired',
              name: publicText(officer.name),
              number: publicText(officer.certificateNumber),
              date: formatDate(officer.certificateValidTo, this.locale),
            }
          : {
              kind: 'found',
              name: publicText(officer.name),
              category: publicText(officer.enforcementCategory),
              area: publicText(officer.area),
            };
      this.emit('gongshi-credential-checked', {
        found: Boolean(officer),
        ...(officer ? { valid: !expired } : {}),
      });
    };
    const result = this.lookup;
    const text =
      result?.kind === 'found'
        ? messages.lookupFound(result.name, result.category, result.area)
        : result?.kind === 'not-found'
          ? messages.lookupNotFound(result.number)
          : result?.kind === 'expired'
            ? messages.lookupExpired(result.name, result.number, result.date)
            : result?.kind === 'empty'
              ? messages.lookupEmpty
              : '';
    // The answer sits in a live region that exists before the first query, so screen readers
    // announce each answer; the outcome is said in words, never by colour alone.
    return html`<div class="lookup" part="lookup" role="search" aria-labelledby="lookup-title">
      <h3 id="lookup-title">${messages.lookup}</h3>
      <p>${messages.lookupIntro}</p>
      <form @submit=${submit} novalidate>
        <div class="field">
          <label for="credential">${messages.lookupLabel}</label>
          <span class="hint muted" id="credential-hint">${messages.lookupHint}</span>
          <input id="credential" name="credential" type="text" inputmode="text" autocomplete="off"
            spellcheck="false" aria-describedby="credential-hint">
        </div>
        <button type="submit">${messages.lookupButton}</button>
      </form>
      <p class="lookup-result ${result?.kind === 'not-found' || result?.kind === 'expired' ? 'not-found' : ''}" part="lookup-result"
        role="status">${text}</p>
    </div>`;
  }
}
