import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/index';
import type { ProcedureFlow, TimeLimit } from '../../core/records/index';
import { label } from './common.messages';
import type { PublicText } from './sanitize';

/** A time limit as read aloud: 5个工作日, 5 working days, plus its legal note. */
export function formatTimeLimit(
  limit: TimeLimit | undefined,
  locale: Locale,
  timeUnits: Readonly<Record<string, string>>,
  publicText: PublicText,
): string {
  if (!limit) return '';
  const unit = label(timeUnits, limit.unit);
  const value = locale === 'en' ? `${limit.value} ${unit}` : `${limit.value}${unit}`;
  return limit.note ? `${value}（${publicText(limit.note)}）` : value;
}

/**
 * A procedure (执法流程 / 办理流程) drawn as boxes joined by arrows. It is an ordered list, so
 * screen readers announce "list, 5 items" and read each step in order with its actor and
 * time limit; the arrows are decorative SVG hidden from them. No image: the text scales
 * with the page and prints.
 */
export function renderStepDiagram(
  flow: ProcedureFlow,
  locale: Locale,
  publicText: PublicText,
  labels: {
    readonly actor: string;
    readonly timeLimit: string;
    readonly timeUnits: Readonly<Record<string, string>>;
  },
): TemplateResult {
  const name = publicText(flow.name);
  return html`<figure class="flow" part="flow">
    <figcaption class="flow-name">${name}</figcaption>
    <ol class="steps" aria-label=${name}>
      ${flow.steps.map(
        (step, index) => html`<li class="step" part="step">
          <span class="step-body">
            <strong class="step-name">${index + 1}. ${publicText(step.name)}</strong>
            <span class="step-detail">${labels.actor}：${publicText(step.actor)}</span>
            ${
              step.timeLimit
                ? html`<span class="step-detail">${labels.timeLimit}：${formatTimeLimit(step.timeLimit, locale, labels.timeUnits, publicText)}</span>`
                : nothing
            }
            ${step.description ? html`<span class="step-detail">${publicText(step.description)}</span>` : nothing}
          </span>
          ${
            index < flow.steps.length - 1
              ? html`<svg class="arrow" aria-hidden="true" focusable="false" viewBox="0 0 20 24" width="1.25em" height="1.5em">
                  <path d="M10 0 V18 M3 12 L10 20 L17 12" fill="none" stroke="currentColor" stroke-width="2.5"></path>
                </svg>`
              : nothing
          }
        </li>`,
      )}
    </ol>
  </figure>`;
}

export const stepDiagramStyles = css`
  .flow {
    margin: 0 0 1em;
  }
  .flow-name {
    font-weight: bold;
    margin: 0 0 0.5em;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .step {
    display: flex;
    flex-direction: column;
    align-items: center;
    width: min(100%, 32em);
  }
  .step-body {
    display: flex;
    flex-direction: column;
    width: 100%;
    border: 2px solid var(--gongshi-color-flow-border, var(--gongshi-color-accent, #0b4f9c));
    border-radius: var(--gongshi-radius, 0);
    background: var(--gongshi-color-flow-surface, #f3f8fc);
    padding: 0.5em 0.75em;
  }
  .step-name {
    font-size: 1.05em;
  }
  .step-detail {
    color: var(--gongshi-color-muted, #505a5f);
  }
  .arrow {
    color: var(--gongshi-color-flow-border, var(--gongshi-color-accent, #0b4f9c));
    margin: 0.2em 0;
  }
  @media (forced-colors: active) {
    .step-body {
      border-color: CanvasText;
    }
    .arrow {
      color: CanvasText;
    }
  }
  @media print {
    .step {
      break-inside: avoid;
    }
    .step-body {
      background: none;
    }
  }
`;
