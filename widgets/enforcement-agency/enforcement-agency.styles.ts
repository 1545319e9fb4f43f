import { css } from 'lit';

export const agencyStyles = css`
  .agency-picker {
    margin: 0 0 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .lookup {
    border: 2px solid var(--gongshi-color-accent, #0b4f9c);
    padding: 0.75em 1em;
    margin: 0 0 1em;
  }
  .lookup form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
  }
  .lookup .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }
  .hint {
    font-size: 0.9em;
  }
  .lookup-result {
    margin: 0.75em 0 0;
    font-weight: bold;
  }
  .lookup-result.not-found {
    color: var(--gongshi-color-error, #a4000f);
  }
  @media (forced-colors: active) {
    .lookup {
      border-color: CanvasText;
    }
  }
`;
