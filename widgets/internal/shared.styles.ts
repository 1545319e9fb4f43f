import { css } from 'lit';

/**
 * Styles every widget shares: theme tokens (documented CSS custom properties, each with a
 * fallback so an unstyled portal still gets a readable widget), focus rings, buttons, form
 * controls, and the high-contrast and forced-colours adjustments the 适老化 rules ask for.
 *
 * Sizes are in em so the widget follows the page's font size (elderly modes scale the root).
 * Class names here are private; portals theme through the custom properties and ::part.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-size: inherit;
    font-family: var(--gongshi-font-family, inherit);
    line-height: var(--gongshi-line-height, 1.6);
    color: var(--gongshi-color-text, #1a1a1a);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    border: 1px solid var(--gongshi-color-border, #6f6f6f);
    border-radius: var(--gongshi-radius, 0);
    padding: var(--gongshi-spacing, 1em);
    background: var(--gongshi-color-surface, #fff);
  }
  h2,
  h3,
  h4 {
    line-height: 1.3;
    color: var(--gongshi-color-heading, var(--gongshi-color-text, #1a1a1a));
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.75em;
  }
  h3 {
    font-size: 1.1em;
    margin: 1.25em 0 0.5em;
  }
  h4 {
    font-size: 1em;
    margin: 1em 0 0.25em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--gongshi-color-link, #0b4f9c);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--gongshi-color-link-visited, #4c2c92);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--gongshi-color-focus, #ffbf47);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--gongshi-color-focus-ring, #0b0c0c);
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    line-height: 1.3;
  }
  input,
  select,
  textarea {
    border: 2px solid var(--gongshi-color-input-border, #0b0c0c);
    background: var(--gongshi-color-input-surface, #fff);
    color: var(--gongshi-color-text, #1a1a1a);
    padding: 0.3em 0.4em;
    max-width: 100%;
  }
  button {
    cursor: pointer;
    border: 2px solid transparent;
    border-radius: var(--gongshi-radius, 0);
    padding: 0.4em 0.9em;
    background: var(--gongshi-color-accent, #0b4f9c);
    color: var(--gongshi-color-accent-text, #fff);
    min-height: 2.2em;
  }
  button.secondary {
    background: var(--gongshi-color-secondary-surface, #f3f2f1);
    color: var(--gongshi-color-text, #1a1a1a);
    border-color: var(--gongshi-color-border, #6f6f6f);
  }
  button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .muted {
    color: var(--gongshi-color-muted, #505a5f);
  }
  .notice {
    border-left: 0.3em solid var(--gongshi-color-notice-border, #1d70b8);
    background: var(--gongshi-color-notice-surface, #f3f8fc);
    padding: 0.5em 0.75em;
    margin: 0 0 1em;
  }
  [part~='error'] {
    color: var(--gongshi-color-error, #a4000f);
    border-left: 0.3em solid currentColor;
    padding: 0.25em 0.75em;
    margin: 0 0 1em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  dl.fields {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.4em 1em;
    margin: 0 0 1em;
  }
  dl.fields dt {
    font-weight: bold;
  }
  dl.fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 1em;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding: 0 0 0.4em;
  }
  th,
  td {
    border-bottom: 1px solid var(--gongshi-color-border, #6f6f6f);
    padding: 0.4em 0.5em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .pre {
    white-space: pre-wrap;
  }
  @media (max-width: 40em) {
    dl.fields {
      grid-template-columns: 1fr;
    }
    dl.fields dd {
      margin-bottom: 0.5em;
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --gongshi-color-muted: var(--gongshi-color-text, #000);
      --gongshi-color-border: #000;
    }
    a {
      text-decoration-thickness: 0.15em;
    }
  }
  @media (forced-colors: active) {
    [part~='base'],
    button,
    input,
    select,
    textarea {
      border: 1px solid CanvasText;
    }
    button {
      forced-color-adjust: auto;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline: 3px solid Highlight;
    }
    .notice,
    [part~='error'] {
      border-left-color: CanvasText;
    }
  }
  @media print {
    [part~='base'] {
      border: none;
      padding: 0;
    }
    button,
    form,
    .no-print {
      display: none !important;
    }
    a {
      color: inherit;
    }
  }
`;
