import { css } from 'lit';

export const serviceGuideStyles = css`
  .guides {
    padding-inline-start: 1.5em;
  }
  .guides li {
    margin: 0 0 0.4em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0 0 1em;
  }
  .agency-name {
    margin: -0.5em 0 1em;
  }
  @media print {
    :host {
      color: #000;
    }
    .toolbar {
      display: none;
    }
    h3,
    h4 {
      break-after: avoid;
    }
    table,
    figure {
      break-inside: avoid;
    }
  }
`;
