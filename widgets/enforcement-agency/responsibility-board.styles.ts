import { css } from 'lit';

/**
 * Screen: each board as a sheet. Print: the controls go, each board takes a page and keeps
 * together; sizes in em (the board reads from a distance, and follows an elderly mode).
 */
export const boardViewStyles = css`
  .board-actions {
    margin: 0 0 1em;
  }
  .board-actions button {
    margin: 0 0.5em 0.5em 0;
  }
  .board {
    border: 2px solid var(--gongshi-color-border, #6f6f6f);
    border-top: 0.5em solid var(--gongshi-color-accent, #a4000f);
    background: var(--gongshi-color-surface, #fff);
    padding: 1.5em 2em;
    margin: 0 auto 1.5em;
    max-width: 42em;
    line-height: 1.5;
  }
  .board-agency {
    text-align: center;
    font-size: 1.3em;
    margin: 0;
  }
  .board-title {
    text-align: center;
    font-size: 2.4em;
    letter-spacing: 0.2em;
    margin: 0.2em 0 0.4em;
  }
  .board-post {
    text-align: center;
    font-size: 1.4em;
    border-bottom: 2px solid currentColor;
    padding-bottom: 0.4em;
  }
  .board-officer,
  .board-contacts {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.3em 1em;
  }
  .board-officer {
    font-size: 1.3em;
  }
  .board-officer dd,
  .board-contacts dd {
    margin: 0;
  }
  .board-officer dt,
  .board-contacts dt {
    font-weight: bold;
  }
  .board-name {
    font-size: 1.4em;
    font-weight: bold;
  }
  .board h5 {
    font-size: 1.2em;
    margin: 1em 0 0.4em;
    border-left: 0.3em solid var(--gongshi-color-accent, #a4000f);
    padding-left: 0.4em;
  }
  .board-duties li {
    font-size: 1.15em;
  }
  .board-duties-3 .board-duties li,
  .board-duties-4 .board-duties li,
  .board-duties-5 .board-duties li,
  .board-duties-6 .board-duties li,
  .board-duties-7 .board-duties li {
    font-size: 0.95em;
  }
  .board-contacts {
    border-top: 2px solid currentColor;
    padding-top: 0.5em;
  }
  .board-note {
    text-align: center;
    font-size: 0.95em;
  }
  @media print {
    /* While the boards are shown, the sheet carries nothing but them. */
    :host([data-board-view]) [part~='title'],
    :host([data-board-view]) [part~='notice'],
    .board-actions {
      display: none;
    }
    .board {
      max-width: none;
      margin: 0;
      border-left: none;
      border-right: none;
      border-bottom: none;
      break-inside: avoid;
      break-after: page;
    }
    .board:last-child {
      break-after: auto;
    }
  }
  @media (forced-colors: active) {
    .board,
    .board h5 {
      border-color: CanvasText;
    }
  }
`;
