import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseListingFeed } from '../../core/feed/parse-listing-feed';
import { DECISION_CATEGORIES } from '../../core/records/enumerations';
import type { DecisionRecord } from '../../core/records/index';
import {
  builtInPublicity,
  DEFAULT_PROFILE_ID,
  PUBLICITY_2018,
} from '../../core/rules/publicity-rules';
import { COMMON_MESSAGES, label } from '../internal/common.messages';
import { dateAttribute, integerAttribute } from '../internal/config-check';
import { hashIsOurs, type LinkState, linkHash, readLinkState } from '../internal/deep-link';
import { loadedReader, loadReader } from '../internal/document-reader';
import { FeedController, FeedStatus } from '../internal/feed-controller';
import { publicTextFor } from '../internal/feed-public-text';
import { renderFeedFrame } from '../internal/feed-status';
import { formatDate, todayIso } from '../internal/format-date';
import { GongshiElement } from '../internal/gongshi-element';
import { loadedMessages, loadMessages } from '../internal/locale-table';
import type { PublicText } from '../internal/sanitize';
import { sharedStyles } from '../internal/shared.styles';
import type { DetailMessages } from './disclosure-detail.messages';
import {
  type DisclosureQuery,
  listableRecords,
  mayShowMinor,
  minorsReadBy,
  runQuery,
  SearchIndex,
  SORT_ORDERS,
  SortOrder,
} from './disclosure-query';
import { DISCLOSURE_MESSAGES, type DisclosureMessages } from './enforcement-disclosure.messages';
import { disclosureStyles } from './enforcement-disclosure.styles';
import type { CorrectionReport } from './report-form';

/**
 * @summary The listing of enforcement decisions (事后公开) for a portal column: search,
 * filters, sort and paging; a detail view of one decision with its correction history; a
 * 纠错 form. Withdrawn decisions show only the withdrawal notice; expired ones are not listed.
 *
 * The URL hash carries the state (`#gs-record=ID`, `#gs-q=…&gs-agency=…`) so a decision or a
 * filtered list can be shared. Every feed string goes through the privacy engine first.
 *
 * @slot - Fallback markup (a link to the full list, a plain table), shown when JavaScript or
 *   the feed is unavailable.
 * @csspart base - The outer section.
 * @csspart title - The heading.
 * @csspart filters - The search and filter form.
 * @csspart count - The result count (a polite live region).
 * @csspart list - The list of decisions.
 * @csspart item - One decision in the list.
 * @csspart badge - The 已撤回 / 已更正 label of an item.
 * @csspart pagination - The paging controls.
 * @csspart detail - The detail view of one decision.
 * @csspart back - The back-to-list button.
 * @csspart report - The 纠错 form.
 * @csspart notice - Cached-copy and skipped-records notices.
 * @csspart status - The loading message.
 * @csspart error - Error messages.
 * @cssproperty --gongshi-color-text - Text colour (default #1a1a1a).
 * @cssproperty --gongshi-color-muted - Secondary text (default #505a5f).
 * @cssproperty --gongshi-color-border - Borders (default #6f6f6f).
 * @cssproperty --gongshi-color-surface - Background (default #fff).
 * @cssproperty --gongshi-color-link - Links (default #0b4f9c).
 * @cssproperty --gongshi-color-accent - Button background (default #0b4f9c).
 * @cssproperty --gongshi-color-accent-text - Button text (default #fff).
 * @cssproperty --gongshi-color-focus - Focus ring (default #ffbf47).
 * @cssproperty --gongshi-color-error - Error text (default #a4000f).
 * @cssproperty --gongshi-color-badge - Badge background (default #f3f2f1).
 * @cssproperty --gongshi-font-family - Font (default: the page's).
 * @cssproperty --gongshi-line-height - Line height (default 1.6; keep ≥ 1.3 for 适老化).
 * @cssproperty --gongshi-spacing - Inner padding (default 1em).
 * @cssproperty --gongshi-radius - Corner radius (default 0).
 * @event gongshi-record-open - A decision's detail view opened; `detail.id` is its id.
 * @event gongshi-report-sent - A 纠错 report was sent; `detail.id` is the record id.
 */
export class EnforcementDisclosure extends GongshiElement {
  static override styles = [sharedStyles, disclosureStyles];
  static override messageTables = [DISCLOSURE_MESSAGES, COMMON_MESSAGES];

  static override properties = {
    ...GongshiElement.properties,
    src: { type: String },
    agency: { type: String },
    category: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    profile: { type: String },
    reportUrl: { type: String, attribute: 'report-url' },
    asOf: { type: String, attribute: 'as-of' },
    heading: { type: String },
    query: { state: true },
    page: { state: true },
    recordId: { state: true },
    reportOpen: { state: true },
    reportStatus: { state: true },
    reportErrors: { state: true },
  };

  /** URL of the feed (a records feed or a sharded index); loaded again when it changes. */
  declare src: string | undefined;
  /** Show only this agency's decisions (its exact name); hides the agency filter. */
  declare agency: string | undefined;
  /** Show only this category (行政处罚, 行政许可…); hides the category filter. */
  declare category: string | undefined;
  /** Decisions per page (default 10). */
  declare pageSize: number;
  /**
   * Policy profile id (`luzhou-2018`, `national-2018`) whose publicity periods decide what is
   * still listed; defaults to the feed's `profile`, then luzhou-2018.
   */
  declare profile: string | undefined;
  /** Where 纠错 reports go: an http(s) URL (POSTed as a form) or a `mailto:` address. */
  declare reportUrl: string | undefined;
  /** The day whose publicity state is shown, `YYYY-MM-DD` (default: today). */
  declare asOf: string | undefined;
  /** Replaces the default heading text. */
  declare heading: string | undefined;

  declare private query: DisclosureQuery;
  declare private page: number;
  declare private recordId: string | undefined;
  declare private reportOpen: boolean;
  declare private reportStatus: 'idle' | 'sending' | 'sent' | 'mailto' | 'failed';
  declare private reportErrors: readonly string[];

  private readonly feed = new FeedController(this, parseListingFeed);
  private started = false;
  private searchIndex: SearchIndex | undefined;
  /**
   * The records listed, per feed length, day, profile and reading layer; `waiting` while the
   * feed has records whose text may show a minor and the reading layer is loading.
   */
  private listable: { key: string; records: DecisionRecord[]; waiting?: boolean } | undefined;
  private readerLoading: Promise<void> | undefined;
  private indexedUpTo = 0;
  private idleHandle: ReturnType<typeof setTimeout> | undefined;
  /** Where focus goes after the next render: the detail heading, or a list link. */
  private pendingFocus: string | undefined;
  /** Whether the current detail view was opened from this page's list (so Back = history). */
  private openedFromList = false;
  private readonly onLocationChange = () => this.syncFromLocation(true);
  private detail: typeof import('./disclosure-detail') | undefined;
  private detailLoading = false;

  constructor() {
    super();
    this.pageSize = 10;
    this.query = { sort: SortOrder.decisionDesc };
    this.page = 1;
    this.reportOpen = false;
    this.reportStatus = 'idle';
    this.reportErrors = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onLocationChange);
    window.addEventListener('popstate', this.onLocationChange);
    this.syncFromLocation(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onLocationChange);
    window.removeEventListener('popstate', this.onLocationChange);
    clearTimeout(this.idleHandle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.started || changed.has('src')) {
      this.started = true;
      this.listable = undefined;
      this.feed.load(this.src);
    }
    if (this.feed.status === FeedStatus.ready) this.requestShards();
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

  // ——— state ———

  private get today(): string {
    return dateAttribute(this, 'as-of', this.asOf) ?? todayIso();
  }

  private get rowsPerPage(): number {
    return integerAttribute(this, 'page-size', this.pageSize, { min: 1, max: 200, fallback: 10 });
  }

  private get fixedAgency(): string | undefined {
    return this.agency?.trim() || undefined;
  }

  private get fixedCategory(): string | undefined {
    return this.category?.trim() || undefined;
  }

  private get effectiveQuery(): DisclosureQuery {
    return {
      ...this.query,
      agency: this.fixedAgency ?? this.query.agency,
      category: this.fixedCategory ?? this.query.category,
    };
  }

  private syncFromLocation(fromEvent: boolean): void {
    const state = readLinkState();
    if (fromEvent && !hashIsOurs() && !this.recordId) return;
    const previousRecord = this.recordId;
    const sort = SORT_ORDERS.includes(state.sort as SortOrder)
      ? (state.sort as SortOrder)
      : SortOrder.decisionDesc;
    this.query = {
      sort,
      text: state.q,
      agency: state.agency,
      category: state.category,
      from: state.from,
      to: state.to,
    };
    this.page = Math.max(1, Number.parseInt(state.page ?? '1', 10) || 1);
    this.recordId = state.record;
    if (this.recordId && this.recordId !== previousRecord) {
      this.openedFromList = fromEvent && previousRecord === undefined;
      this.reportOpen = false;
      this.reportStatus = 'idle';
      this.pendingFocus = '#detail-title';
      this.emit('gongshi-record-open', { id: this.recordId });
    } else if (!this.recordId && previousRecord) {
      this.pendingFocus = `a[data-id="${CSS.escape(previousRecord)}"]`;
    }
  }

  private listState(): LinkState {
    return {
      q: this.query.text ?? '',
      agency: this.query.agency ?? '',
      category: this.query.category ?? '',
      from: this.query.from ?? '',
      to: this.query.to ?? '',
      sort: this.query.sort === SortOrder.decisionDesc ? '' : this.query.sort,
      page: this.page > 1 ? String(this.page) : '',
    };
  }

  /** Keeps the address bar in step with the filters, without adding history entries. */
  private writeLocation(): void {
    const hash = linkHash(this.listState());
    if (hash === '#' && !hashIsOurs()) return;
    history.replaceState(
      history.state,
      '',
      hash === '#' ? location.pathname + location.search : hash,
    );
  }

  private setQuery(patch: Partial<DisclosureQuery>): void {
    this.query = { ...this.query, ...patch };
    this.page = 1;
    // Typing updates the address once the visitor pauses, not on every keystroke (browsers
    // throttle history updates, and each one costs a frame).
    clearTimeout(this.locationTimer);
    this.locationTimer = setTimeout(() => this.writeLocation(), 'text' in patch ? 400 : 0);
  }
  private locationTimer: ReturnType<typeof setTimeout> | undefined;

  /** Agency names for the filter, computed once per set of records. */
  private agencyNames(records: readonly DecisionRecord[]): string[] {
    if (this.agencyCache?.records !== records) {
      const names = new Set<string>();
      for (const profile of this.feed.feed?.agencies ?? []) names.add(profile.name);
      if (this.feed.feed?.header.kind === 'index') {
        for (const shard of this.feed.feed.header.shards) if (shard.agency) names.add(shard.agency);
      }
      for (const record of records) names.add(record.agency.name);
      this.agencyCache = { records, names: [...names].sort() };
    }
    return this.agencyCache.names;
  }
  private agencyCache: { records: readonly DecisionRecord[]; names: string[] } | undefined;

  private setPage(page: number, focusSelector: string): void {
    this.page = page;
    this.writeLocation();
    this.pendingFocus = focusSelector;
  }

  private back(): void {
    if (this.openedFromList) {
      history.back();
      return;
    }
    // Opened from a shared link: there is no list behind it in history, so go to it.
    location.hash = linkHash(this.listState());
  }

  // ——— data ———

  private currentRecords(): DecisionRecord[] {
    const feed = this.feed.feed;
    if (!feed) return [];
    const read = loadedReader();
    const key = `${feed.records.length}|${this.today}|${this.profile}|${read ? 'read' : ''}`;
    if (this.listable?.key !== key) {
      // A record whose text may show a minor is not listed before the reading layer has read
      // it: until then the list waits (only such feeds fetch the layer before the first rows).
      if (!read && feed.records.some(mayShowMinor)) {
        this.listable = { key, records: [], waiting: true };
        // Lists again once the layer has loaded: asked once, however often the list waits.
        this.readerLoading ??= loadReader().then(
          () => this.requestUpdate(),
          (error: unknown) => {
            this.failure = error;
          },
        );
      } else {
        // An unknown profile id falls back to the default profile's period, as before.
        const publicity =
          builtInPublicity(this.profile || feed.header.profile || DEFAULT_PROFILE_ID) ??
          PUBLICITY_2018;
        this.listable = {
          key,
          records: listableRecords(feed.records, this.today, publicity, read && minorsReadBy(read)),
        };
        this.indexedUpTo = 0;
        this.scheduleIndexing();
      }
    }
    return this.listable.records;
  }

  private index(publicText: PublicText): SearchIndex {
    if (!this.searchIndex || this.searchIndexText !== publicText) {
      this.searchIndex = new SearchIndex(publicText);
      this.searchIndexText = publicText;
      this.indexedUpTo = 0;
    }
    return this.searchIndex;
  }
  private searchIndexText: PublicText | undefined;

  /** Builds the search text in 8 ms slices between frames, so typing later is instant. */
  private scheduleIndexing(): void {
    clearTimeout(this.idleHandle);
    this.idleHandle = setTimeout(() => {
      const records = this.listable?.records;
      if (!records || !this.feed.feed) return;
      const index = this.index(publicTextFor(this.feed.feed));
      this.indexedUpTo = index.buildUntil(records, this.indexedUpTo, performance.now() + 8);
      if (this.indexedUpTo < records.length) this.scheduleIndexing();
    }, 50);
  }

  private shardNeed(): { agency?: string; from?: string; to?: string } {
    const query = this.effectiveQuery;
    return { agency: query.agency, from: query.from, to: query.to };
  }

  private requestShards(): void {
    const query = this.effectiveQuery;
    const everything =
      (this.recordId && !this.findRecord(this.recordId)) ||
      Boolean(query.text) ||
      query.sort !== SortOrder.decisionDesc;
    const need = this.shardNeed();
    if (everything) {
      this.feed.ensure(need);
      return;
    }
    // Newest months first, one shard at a time, until this page and the next are known:
    // the count of matching records (from the last render) decides, not the raw count.
    if (this.matchCount < this.page * this.rowsPerPage + 1) {
      this.feed.ensure({ ...need, atLeast: (this.feed.feed?.records.length ?? 0) + 1 });
    }
  }

  /** Matching records in the last render (the listing's own count). */
  private matchCount = 0;

  /**
   * Whether the deep-linked record is this widget's to show. With several listings on one
   * page (a county column and an agency column), only the one holding the record opens it;
   * the others stay on their lists.
   */
  private showsRecord(publicText: PublicText): boolean {
    const id = this.recordId;
    if (!id) return false;
    if (this.feed.feed?.pendingShards().length) return true;
    if (this.currentRecords().some((record) => publicText(record.id) === id)) return true;
    return document.querySelectorAll(this.localName).length === 1;
  }

  private findRecord(id: string): DecisionRecord | undefined {
    const publicText = publicTextFor(this.feed.feed);
    return this.feed.feed?.records.find((record) => publicText(record.id) === id);
  }

  // ——— rendering ———

  protected renderContent(): TemplateResult {
    const messages = this.messages(DISCLOSURE_MESSAGES);
    return renderFeedFrame({
      controller: this.feed,
      locale: this.locale,
      messages: this.messages(COMMON_MESSAGES),
      fallback: this.renderFallback(),
      heading: this.heading || messages.title,
      body: (publicText) =>
        this.showsRecord(publicText)
          ? this.renderDetail(this.recordId!, publicText)
          : this.renderList(publicText),
    });
  }

  protected renderFailure(): TemplateResult {
    return this.renderErrorState(this.messages(DISCLOSURE_MESSAGES).failed);
  }

  private renderList(publicText: PublicText): TemplateResult {
    const messages = this.messages(DISCLOSURE_MESSAGES);
    const records = this.currentRecords();
    if (this.listable?.waiting) {
      // Still loading, as far as the visitor can tell: the list is not shown half-checked.
      return html`<p role="status" part="status" class="muted">
        ${this.messages(COMMON_MESSAGES).loading}
      </p>`;
    }
    const matches = runQuery(records, this.effectiveQuery, this.index(publicText));
    if (matches.length !== this.matchCount) {
      this.matchCount = matches.length;
      // A sharded feed may need more months for this page: ask after this render.
      if (this.feed.feed?.pendingShards().length) queueMicrotask(() => this.requestShards());
    }
    const size = this.rowsPerPage;
    const pages = Math.max(1, Math.ceil(matches.length / size));
    const page = Math.min(this.page, pages);
    const first = (page - 1) * size;
    const shown = matches.slice(first, first + size);
    const loadingMore = this.feed.loadingShards;
    const partial = (this.feed.feed?.pendingShards(this.shardNeed()).length ?? 0) > 0;
    return html`${this.renderFilters(messages, records, publicText)}
      <p part="count" id="count" role="status" tabindex="-1">
        ${messages.resultCount(matches.length, first + 1, first + shown.length)}${
          loadingMore
            ? html` <span class="muted">${messages.moreLoading}</span>`
            : partial
              ? html` <span class="muted">${messages.moreOnDemand}</span>`
              : nothing
        }
      </p>
      ${
        shown.length === 0
          ? html`<p>${messages.noResults}</p>`
          : html`<ol part="list" class="results" aria-labelledby="count">
              ${shown.map((record) => this.renderItem(record, messages, publicText))}
            </ol>`
      }
      ${
        pages > 1
          ? html`<nav part="pagination" aria-label=${`${messages.pagination}：${this.heading || messages.title}`}>
              <button
                type="button"
                class="secondary"
                id="previous"
                ?disabled=${page <= 1}
                @click=${() => this.setPage(page - 1, page - 1 <= 1 ? '#next' : '#previous')}
              >
                ${messages.previous}
              </button>
              <span>${messages.pageOf(page, pages)}</span>
              <button
                type="button"
                class="secondary"
                id="next"
                ?disabled=${page >= pages}
                @click=${() => this.setPage(page + 1, page + 1 >= pages ? '#previous' : '#next')}
              >
                ${messages.next}
              </button>
            </nav>`
          : nothing
      }`;
  }

  private renderFilters(
    messages: DisclosureMessages,
    records: readonly DecisionRecord[],
    publicText: PublicText,
  ): TemplateResult {
    const common = this.messages(COMMON_MESSAGES);
    const agencies = this.agencyNames(records);
    const query = this.query;
    // Named after the widget's heading: two listings on one page need distinct landmarks.
    const title = this.heading || messages.title;
    return html`<form part="filters" role="search" aria-label=${`${messages.filters}：${title}`}
        @submit=${(event: Event) => event.preventDefault()}>
      <div class="field search">
        <label for="q">${messages.search}</label>
        <span class="hint muted" id="q-hint">${messages.searchHint}</span>
        <input id="q" type="search" aria-describedby="q-hint" autocomplete="off"
          .value=${query.text ?? ''}
          @input=${(event: Event) => this.setQuery({ text: (event.target as HTMLInputElement).value })}>
      </div>
      ${
        this.fixedAgency
          ? nothing
          : html`<div class="field">
              <label for="agency">${messages.agency}</label>
              <select id="agency" @change=${(event: Event) => this.setQuery({ agency: (event.target as HTMLSelectElement).value || undefined })}>
                <option value="" ?selected=${!query.agency}>${messages.allAgencies}</option>
                ${agencies.map(
                  (name) =>
                    html`<option .value=${name} ?selected=${query.agency === name}>${publicText(name)}</option>`,
                )}
              </select>
            </div>`
      }
      ${
        this.fixedCategory
          ? nothing
          : html`<div class="field">
              <label for="category">${messages.category}</label>
              <select id="category" @change=${(event: Event) => this.setQuery({ category: (event.target as HTMLSelectElement).value || undefined })}>
                <option value="" ?selected=${!query.category}>${messages.allCategories}</option>
                ${DECISION_CATEGORIES.map(
                  (category) =>
                    html`<option .value=${category} ?selected=${query.category === category}>${label(common.categories, category)}</option>`,
                )}
              </select>
            </div>`
      }
      <div class="field">
        <label for="from">${messages.from}</label>
        <input id="from" type="date" .value=${query.from ?? ''}
          @change=${(event: Event) => this.setQuery({ from: (event.target as HTMLInputElement).value || undefined })}>
      </div>
      <div class="field">
        <label for="to">${messages.to}</label>
        <input id="to" type="date" .value=${query.to ?? ''}
          @change=${(event: Event) => this.setQuery({ to: (event.target as HTMLInputElement).value || undefined })}>
      </div>
      <div class="field">
        <label for="sort">${messages.sort}</label>
        <select id="sort" @change=${(event: Event) => this.setQuery({ sort: (event.target as HTMLSelectElement).value as SortOrder })}>
          ${SORT_ORDERS.map(
            (sort) =>
              html`<option .value=${sort} ?selected=${query.sort === sort}>${messages.sortOptions[sort]}</option>`,
          )}
        </select>
      </div>
      <div class="field actions">
        <button type="button" class="secondary" @click=${() => {
          this.query = { sort: SortOrder.decisionDesc };
          this.page = 1;
          this.writeLocation();
        }}>${messages.clearFilters}</button>
      </div>
    </form>`;
  }

  private renderItem(
    record: DecisionRecord,
    messages: DisclosureMessages,
    publicText: PublicText,
  ): TemplateResult {
    const common = this.messages(COMMON_MESSAGES);
    const withdrawn = record.withdrawal !== undefined;
    const corrected = !withdrawn && (record.corrections?.length ?? 0) > 0;
    // Ids are routing keys, but a feed may carry anything in them: they are filtered too.
    const id = publicText(record.id);
    const href = linkHash({ ...this.listState(), record: id });
    return html`<li part="item" class=${withdrawn ? 'withdrawn' : ''}>
      <h3 class="item-title">
        <a href=${href} data-id=${id}>${publicText(record.documentNumber) || publicText(record.documentTitle) || label(common.categories, record.category)}</a>
        ${withdrawn ? html`<span part="badge" class="badge">${messages.withdrawn}</span>` : nothing}
        ${corrected ? html`<span part="badge" class="badge">${messages.corrected}</span>` : nothing}
      </h3>
      <p class="item-meta">
        ${withdrawn ? nothing : html`<span>${publicText(record.party.name)}</span>`}
        <span>${label(common.categories, record.category)}</span>
        <span>${publicText(record.agency.name)}</span>
        <span><time datetime=${record.decisionDate}>${formatDate(record.decisionDate, this.locale)}</time></span>
      </p>
      ${withdrawn ? nothing : html`<p class="item-summary">${publicText(record.content)}</p>`}
    </li>`;
  }

  private renderDetail(id: string, publicText: PublicText): TemplateResult {
    const common = this.messages(COMMON_MESSAGES);
    const placeholder = html`<article part="detail"><p role="status" part="status">${common.loading}</p></article>`;
    const detail = this.detail;
    if (!detail) {
      this.loadDetail();
      return placeholder;
    }
    const messages = loadedMessages(detail.DETAIL_MESSAGES, this.locale);
    if (!messages) {
      loadMessages([detail.DETAIL_MESSAGES], this.locale).then(
        () => this.requestUpdate(),
        () => undefined,
      );
      return placeholder;
    }
    const record = this.currentRecords().find((candidate) => publicText(candidate.id) === id);
    return detail.renderDetail(record, {
      locale: this.locale,
      today: this.today,
      pending: (this.feed.feed?.pendingShards().length ?? 0) > 0,
      messages,
      common,
      publicText,
      reportUrl: detail.reportTarget(this, this.reportUrl),
      report: { open: this.reportOpen, status: this.reportStatus, errors: this.reportErrors },
      back: () => this.back(),
      openReport: () => {
        this.reportOpen = true;
        this.reportStatus = 'idle';
        this.reportErrors = [];
        this.pendingFocus = '#report-title';
      },
      closeReport: () => {
        this.reportOpen = false;
        this.pendingFocus = '#report-open';
      },
      submitReport: (report, shown) => void this.submitReport(report, shown, messages),
    });
  }

  /** The detail view and 纠错 form are a separate chunk: most visits only read the list. */
  private loadDetail(): void {
    if (this.detailLoading) return;
    this.detailLoading = true;
    // The detail view shows a decision's full text: it is read as a document before it is
    // shown (a witness named once is replaced wherever the text names them).
    Promise.all([import('./disclosure-detail'), loadReader()]).then(
      ([module]) => {
        this.detail = module;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.detailLoading = false;
        this.failure = error;
      },
    );
  }

  private async submitReport(
    report: CorrectionReport,
    record: DecisionRecord,
    messages: DetailMessages,
  ): Promise<void> {
    if (!report.description.trim()) {
      this.reportErrors = [messages.reportDescriptionMissing];
      this.pendingFocus = '#report-errors';
      return;
    }
    this.reportErrors = [];
    this.reportStatus = 'sending';
    const result = await this.detail!.sendCorrection(
      this.reportUrl ?? '',
      report,
      record,
      messages,
      publicTextFor(this.feed.feed),
    );
    this.reportStatus = result;
    this.pendingFocus = '#report-result';
    if (result === 'sent' || result === 'mailto')
      this.emit('gongshi-report-sent', { id: record.id });
  }
}
