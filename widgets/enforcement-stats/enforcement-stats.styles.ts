import { css } from 'lit';

export const statsStyles = css`
  .year-picker {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0 0 1em;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9em, 1fr));
    gap: 0.75em;
    margin: 0 0 1.5em;
  }
  .summary div {
    border: 1px solid var(--gongshi-color-border, #6f6f6f);
    padding: 0.5em 0.75em;
  }
  .summary dt {
    font-size: 0.9em;
    color: var(--gongshi-color-muted, #505a5f);
  }
  .summary dd {
    margin: 0;
    font-size: 1.3em;
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }
  figure {
    margin: 0 0 1.5em;
  }
  figcaption {
    font-weight: bold;
    margin: 0 0 0.5em;
  }
  .bars {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr minmax(2.5em, max-content);
    gap: 0.35em 0.75em;
    align-items: center;
  }
  .bar-row {
    display: contents;
  }
  .bar {
    width: 100%;
    height: 1.2em;
    display: block;
  }
  .bar-value,
  .column-value {
    font-variant-numeric: tabular-nums;
  }
  .bar-fill {
    fill: var(--gongshi-chart-color, var(--gongshi-color-accent, #0b4f9c));
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    gap: 0.25em;
    align-items: end;
  }
  .column {
    display: flex;
    flex-direction: column;
    align-items: center;
    min-width: 0;
  }
  .column-bar {
    width: 100%;
    height: 8em;
    display: block;
  }
  .column-label,
  .column-value {
    font-size: 0.85em;
    white-space: nowrap;
  }
  .tables.visually-hidden + * {
    margin-top: 0;
  }
  @media (forced-colors: active) {
    .bar-fill {
      fill: CanvasText;
    }
    .summary div {
      border-color: CanvasText;
    }
  }
  @media print {
    .tables {
      position: static !important;
      width: auto !important;
      height: auto !important;
      clip: auto !important;
      clip-path: none !important;
      overflow: visible !important;
      white-space: normal !important;
    }
  }
`;
