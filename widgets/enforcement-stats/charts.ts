import { html, type TemplateResult } from 'lit';

export interface Bar {
  readonly label: string;
  readonly value: number;
}

/** Digits grouped in thousands (12,500.5), from the exact decimal string core computes. */
export function formatAmount(value: string): string {
  const [whole = '0', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * Horizontal bars: the label and the figure are text beside each bar (so colour is never
 * the only signal and the text follows the page's font size); the bar is SVG scaled to the
 * largest value. Hidden from screen readers, which read the data table instead.
 */
export function renderBarChart(bars: readonly Bar[]): TemplateResult {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return html`<div class="bars" aria-hidden="true">
    ${bars.map(
      (bar) => html`<div class="bar-row">
        <span class="bar-label">${bar.label}</span>
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
          <rect class="bar-fill" x="0" y="0" height="10" width=${(bar.value / max) * 100}></rect>
        </svg>
        <span class="bar-value">${bar.value}</span>
      </div>`,
    )}
  </div>`;
}

/** Twelve columns, one per month, each with its figure above and its name below. */
export function renderColumnChart(columns: readonly Bar[]): TemplateResult {
  const max = Math.max(1, ...columns.map((column) => column.value));
  return html`<div class="columns" aria-hidden="true">
    ${columns.map((column) => {
      const height = (column.value / max) * 100;
      return html`<div class="column">
        <span class="column-value">${column.value}</span>
        <svg class="column-bar" viewBox="0 0 10 100" preserveAspectRatio="none" focusable="false">
          <rect class="bar-fill" x="1" width="8" y=${100 - height} height=${height}></rect>
        </svg>
        <span class="column-label">${column.label}</span>
      </div>`;
    })}
  </div>`;
}
