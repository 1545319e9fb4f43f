import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseListingFeed } from '../../core/feed/parse-listing-feed';
import type { AnnualStatistics, Totals } from '../../core/records/index';
import { aggregateAnnualStatistics } from '../../core/stats/index';
import { COMMON_MESSAGES, label } from '../internal/common.messages';
import { integerAttribute } from '../internal/config-check';
import { FeedController, FeedStatus } from '../internal/feed-controller';
import { renderFeedFrame } from '../internal/feed-status';
import { todayIso } from '../internal/format-date';
import { GongshiElement } from '../internal/gongshi-element';
import type { PublicText } from '../internal/sanitize';
import { sharedStyles } from '../internal/shared.styles';
import { formatAmount, renderBarChart, renderColumnChart } from './charts';
import { STATS_MESSAGES, type StatsMessages } from './enforcement-stats.messages';
import { statsStyles } from './enforcement-stats.styles';

/**
 * @summary The annual enforcement statistics (统计年报): totals, and decisions by category,
 * month and agency drawn as charts by the component (SVG, no chart library), with the same
 * figures as data tables for screen readers (and, on request, for everyone).
 *
 * Figures are computed from the feed's records by core/stats, amounts exactly in 分. For a
 * sharded feed only the chosen year's shards are loaded.
 *
 * @slot - Fallback markup (a link to the published annual report), shown when JavaScript or
 *   the feed is unavailable.
 * @slot narrative - The agency's written explanation of the figures (文字说明).
 * @csspart base - The outer section.
 * @csspart title - The heading.
 * @csspart summary - The totals.
 * @csspart chart - Each chart figure.
 * @csspart tables - The data tables.
 * @csspart notice - Cached-copy and skipped-records notices.
 * @csspart status - The loading message.
 * @csspart error - Error messages.
 * @cssproperty --gongshi-color-text - Text colour (default #1a1a1a).
 * @cssproperty --gongshi-color-border - Borders (default #6f6f6f).
 * @cssproperty --gongshi-color-surface - Background (default #fff).
 * @cssproperty --gongshi-color-accent - Buttons (default #0b4f9c).
 * @cssproperty --gongshi-chart-color - Bar colour (default: accent).
 * @cssproperty --gongshi-font-family - Font (default: the page's).
 * @cssproperty --gongshi-line-height - Line height (default 1.6).
 * @cssproperty --gongshi-spacing - Inner padding (default 1em).
 */
export class EnforcementStats extends GongshiElement {
  static override styles = [sharedStyles, statsStyles];
  static override messageTables = [STATS_MESSAGES, COMMON_MESSAGES];

  static override properties = {
    ...GongshiElement.properties,
    src: { type: String },
    agency: { type: String },
    year: { type: Number },
    heading: { type: String },
    chosenYear: { state: true },
    tablesShown: { state: true },
  };

  /** URL of the feed whose records are counted. */
  declare src: string | undefined;
  /** Count only this agency's decisions (its exact name); hides the by-agency chart. */
  declare agency: string | undefined;
  /** The year reported (default: last year, or the latest year in the feed). */
  declare year: number | undefined;
  /** Replaces the default heading text. */
  declare heading: string | undefined;

  declare private chosenYear: number | undefined;
  declare private tablesShown: boolean;
  private readonly feed = new FeedController(this, parseListingFeed);
  private started = false;
  private computed: { key: string; stats: AnnualStatistics } | undefined;

  constructor() {
    super();
    this.tablesShown = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.started || changed.has('src')) {
      this.started = true;
      this.computed = undefined;
      this.feed.load(this.src);
    }
    if (this.feed.status === FeedStatus.ready) {
      const year = this.reportYear();
      if (year) {
        this.feed.ensure({
          agency: this.agency?.trim() || undefined,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
        });
      }
    }
  }

  /** Years with decisions, newest first: from the records, or a sharded index's months. */
  private years(): number[] {
    const feed = this.feed.feed;
    if (!feed) return [];
    const years = new Set<number>();
    for (const record of feed.records) years.add(Number(record.decisionDate.slice(0, 4)));
    if (feed.header.kind === 'index') {
      for (const shard of feed.header.shards)
        if (shard.month) years.add(Number(shard.month.slice(0, 4)));
    }
    return [...years].filter(Number.isFinite).sort((a, b) => b - a);
  }

  /** The `year` attribute, or 0 when it is absent or not a year. */
  private requestedYear(): number {
    return integerAttribute(this, 'year', this.year, { min: 1990, max: 2100, fallback: 0 });
  }

  private reportYear(): number | undefined {
    if (this.chosenYear) return this.chosenYear;
    const year = this.requestedYear();
    if (year) return year;
    const years = this.years();
    const current = Number(todayIso().slice(0, 4));
    return years.find((year) => year < current) ?? years[0];
  }

  private statistics(year: number): AnnualStatistics {
    const feed = this.feed.feed!;
    const agency = this.agency?.trim() || undefined;
    const key = `${year}|${agency}|${feed.records.length}`;
    if (this.computed?.key !== key) {
      this.computed = { key, stats: aggregateAnnualStatistics(feed.records, { year, agency }) };
    }
    return this.computed.stats;
  }

  protected renderContent(): TemplateResult {
    const messages = this.messages(STATS_MESSAGES);
    const year = this.feed.status === FeedStatus.ready ? this.reportYear() : undefined;
    return renderFeedFrame({
      controller: this.feed,
      locale: this.locale,
      messages: this.messages(COMMON_MESSAGES),
      fallback: this.renderFallback(),
      // Before the feed is in, or when it fails, the year asked for (the fallback markup
      // under the heading is about that year), else last year.
      heading:
        this.heading ||
        messages.title(year || this.requestedYear() || Number(todayIso().slice(0, 4)) - 1),
      body: (publicText) =>
        year ? this.renderYear(year, messages, publicText) : html`<p>${messages.none}</p>`,
    });
  }

  protected renderFailure(): TemplateResult {
    return this.renderErrorState(this.messages(STATS_MESSAGES).failed);
  }

  private renderYear(
    year: number,
    messages: StatsMessages,
    publicText: PublicText,
  ): TemplateResult {
    const stats = this.statistics(year);
    const common = this.messages(COMMON_MESSAGES);
    const years = this.years();
    const categories = stats.byCategory.filter((entry) => entry.count > 0);
    const agencies = [...stats.byAgency].sort((a, b) => b.count - a.count);
    const months = stats.byMonth.map((entry, index) => ({
      ...entry,
      label: messages.monthLabel(index + 1),
    }));
    const showAgencies = !this.agency?.trim() && agencies.length > 1;
    return html`${
      years.length > 1
        ? html`<div class="year-picker">
            <label for="year">${messages.year}</label>
            <select id="year" @change=${(event: Event) => {
              this.chosenYear = Number((event.target as HTMLSelectElement).value);
            }}>
              ${years.map((candidate) => html`<option .value=${String(candidate)} ?selected=${candidate === year}>${candidate}</option>`)}
            </select>
          </div>`
        : nothing
    }
      ${
        stats.totals.count === 0
          ? html`<p>${messages.none}</p>`
          : html`${this.renderSummary(stats.totals, messages)}
            <p class="muted">${messages.chartNote}
              <button type="button" class="secondary" aria-pressed=${this.tablesShown ? 'true' : 'false'}
                @click=${() => {
                  this.tablesShown = !this.tablesShown;
                }}>${this.tablesShown ? messages.hideTables : messages.showTables}</button>
            </p>
            <figure part="chart">
              <figcaption>${messages.byCategory}</figcaption>
              ${renderBarChart(categories.map((entry) => ({ label: label(common.categories, entry.category), value: entry.count })))}
            </figure>
            <figure part="chart">
              <figcaption>${messages.byMonth}</figcaption>
              ${renderColumnChart(months.map((entry) => ({ label: entry.label, value: entry.count })))}
            </figure>
            ${
              showAgencies
                ? html`<figure part="chart">
                    <figcaption>${messages.byAgency}</figcaption>
                    ${renderBarChart(agencies.map((entry) => ({ label: publicText(entry.agency), value: entry.count })))}
                  </figure>`
                : nothing
            }
            <div part="tables" class="tables ${this.tablesShown ? '' : 'visually-hidden'}">
              ${this.renderTable(
                messages.byCategory,
                messages.category,
                categories.map((entry) => [label(common.categories, entry.category), entry]),
                messages,
              )}
              ${this.renderTable(
                messages.byMonth,
                messages.month,
                months.map((entry) => [entry.label, entry]),
                messages,
              )}
              ${
                showAgencies
                  ? this.renderTable(
                      messages.byAgency,
                      messages.agency,
                      agencies.map((entry) => [publicText(entry.agency), entry]),
                      messages,
                    )
                  : nothing
              }
            </div>`
      }
      <slot name="narrative"></slot>`;
  }

  private renderSummary(totals: Totals, messages: StatsMessages): TemplateResult {
    const amount = (value: string) => `${formatAmount(value)} ${messages.amountUnit}`;
    const items: [string, string][] = [
      [messages.count, String(totals.count)],
      [messages.withdrawn, String(totals.withdrawn)],
      [messages.corrected, String(totals.corrected)],
      [messages.fine, amount(totals.amounts.fine)],
      [messages.confiscation, amount(totals.amounts.confiscation)],
      [messages.levy, amount(totals.amounts.levy)],
      [messages.fee, amount(totals.amounts.fee)],
    ];
    return html`<h3>${messages.summary}</h3>
      <dl class="summary" part="summary">
        ${items.map(([name, value]) => html`<div><dt>${name}</dt><dd>${value}</dd></div>`)}
      </dl>`;
  }

  private renderTable(
    caption: string,
    rowHeader: string,
    rows: readonly (readonly [string, Totals])[],
    messages: StatsMessages,
  ): TemplateResult {
    return html`<table>
      <caption>${caption}</caption>
      <thead><tr>
        <th scope="col">${rowHeader}</th>
        <th scope="col" class="number">${messages.count}</th>
        <th scope="col" class="number">${messages.withdrawn}</th>
        <th scope="col" class="number">${messages.corrected}</th>
        <th scope="col" class="number">${messages.fine}（${messages.amountUnit}）</th>
      </tr></thead>
      <tbody>
        ${rows.map(
          ([name, totals]) => html`<tr>
            <th scope="row">${name}</th>
            <td class="number">${totals.count}</td>
            <td class="number">${totals.withdrawn}</td>
            <td class="number">${totals.corrected}</td>
            <td class="number">${formatAmount(totals.amounts.fine)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
