import { css } from 'lit';

/** Layout of the listing and detail views; tokens and shared controls are in shared.styles. */
export const disclosureStyles = css`
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: flex-end;
    margin: 0 0 1em;
    padding: 0 0 1em;
    border-bottom: 1px solid var(--gongshi-color-border, #6f6f6f);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  .field.search {
    flex: 1 1 100%;
  }
  .field.search input {
    width: 100%;
  }
  .hint {
    font-size: 0.9em;
  }
  [part~='count'] {
    font-weight: bold;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='item'] {
    border-bottom: 1px solid var(--gongshi-color-border, #6f6f6f);
    padding: 0.75em 0;
  }
  .item-title {
    margin: 0 0 0.25em;
    font-size: 1.05em;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.25em;
    color: var(--gongshi-color-muted, #505a5f);
  }
  .item-summary {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    font-size: 0.85em;
    font-weight: normal;
    border: 1px solid currentColor;
    background: var(--gongshi-color-badge, #f3f2f1);
    color: var(--gongshi-color-text, #1a1a1a);
  }
  [part~='pagination'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin: 1em 0 0;
  }
  .document-number {
    font-weight: normal;
    font-size: 0.95em;
  }
  .full-text {
    border: 1px solid var(--gongshi-color-border, #6f6f6f);
    padding: 0.75em;
    max-height: 40em;
    overflow: auto;
  }
  .corrections {
    padding-inline-start: 1.5em;
  }
  .report {
    margin: 1.5em 0 0;
    padding: 1em 0 0;
    border-top: 2px solid var(--gongshi-color-border, #6f6f6f);
  }
  .report .field {
    margin: 0 0 1em;
  }
  .report textarea,
  .report input[type='text'] {
    width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .error-summary {
    border: 0.2em solid var(--gongshi-color-error, #a4000f);
    padding: 0.75em;
  }
  .field-error {
    color: var(--gongshi-color-error, #a4000f);
    font-weight: bold;
  }
  .has-error textarea {
    border-color: var(--gongshi-color-error, #a4000f);
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
  @media print {
    [part~='filters'],
    [part~='pagination'],
    [part~='back'] {
      display: none;
    }
  }
`;
