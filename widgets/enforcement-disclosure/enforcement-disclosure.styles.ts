import { css } from 'lit';

export const disclosureStyles = css`
  :host {
    display: block;
    font-size: inherit;
    line-height: var(--gongshi-line-height, 1.6);
    color: var(--gongshi-color-text, CanvasText);
    font-family: var(--gongshi-font-family, inherit);
  }
  [part='base'] {
    border: 1px solid var(--gongshi-color-border, #8a8a8a);
    padding: var(--gongshi-spacing, 1em);
    background: var(--gongshi-color-surface, Canvas);
  }
  [part='title'] {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    color: var(--gongshi-color-heading, var(--gongshi-color-text, CanvasText));
  }
  [part='error'] {
    color: var(--gongshi-color-error, #a4000f);
    border-left: 0.25em solid currentColor;
    padding-left: 0.5em;
  }
`;
