import { html, nothing, type TemplateResult } from 'lit';
import type { AgencyProfile } from '../../core/records/agency-profile';
import { responsibilityBoards } from '../../core/site/responsibility-board';
import type { PublicText } from '../internal/sanitize';
import type { BoardMessages } from './responsibility-board.messages';

export { boardViewStyles } from './responsibility-board.styles';

/**
 * The print view of an agency's 岗位职责公示牌: one board per officer on duty (officers whose
 * credential has expired are left off), built by core like `gongshi board` builds its file.
 * Loaded only when a visitor opens it.
 */
export function renderBoardView(
  agency: AgencyProfile,
  context: {
    readonly messages: BoardMessages;
    readonly publicText: PublicText;
    readonly today: string;
    print(): void;
    back(): void;
  },
): TemplateResult {
  const { messages: m, publicText } = context;
  const { boards } = responsibilityBoards(agency, { today: context.today });
  return html`<section class="board-view" part="board" aria-labelledby="board-view-title">
    <div class="board-actions">
      <h3 id="board-view-title" tabindex="-1">${m.title}：${publicText(agency.name)}</h3>
      <p>${m.hint(boards.length)}</p>
      <button type="button" @click=${context.print}>${m.print}</button>
      <button type="button" class="secondary" @click=${context.back}>${m.back}</button>
    </div>
    ${boards.map(
      // An article per board, named by its title and officer: several boards are not
      // several identically named landmarks.
      (board, index) => html`<article class="board board-duties-${board.dutySizeStep}"
        aria-labelledby=${`board-${index} board-${index}-name`}>
        <p class="board-agency">${publicText(board.agency)}</p>
        <h4 class="board-title" id=${`board-${index}`}>${m.title}</h4>
        <p class="board-post">${m.post}：${publicText(board.post)}</p>
        <dl class="board-officer">
          <dt>${m.officer}</dt><dd class="board-name" id=${`board-${index}-name`}>${board.officer ? publicText(board.officer.name) : m.blank}</dd>
          <dt>${m.certificate}</dt><dd>${board.officer ? publicText(board.officer.certificateNumber) : m.blank}</dd>
          ${board.officer?.enforcementCategory ? html`<dt>${m.category}</dt><dd>${publicText(board.officer.enforcementCategory)}</dd>` : nothing}
          ${board.officer?.area ? html`<dt>${m.area}</dt><dd>${publicText(board.officer.area)}</dd>` : nothing}
        </dl>
        <h5>${m.duties}</h5>
        <ol class="board-duties">${board.duties.map((duty) => html`<li>${publicText(duty)}</li>`)}</ol>
        <h5>${m.contacts}</h5>
        <dl class="board-contacts">
          ${board.contacts.map(
            (channel) =>
              html`<dt>${publicText(channel.kind)}</dt><dd>${publicText(channel.value)}${
                channel.hours ? ` （${m.hours}：${publicText(channel.hours)}）` : ''
              }</dd>`,
          )}
        </dl>
        <p class="board-note">${m.note}</p>
      </article>`,
    )}
  </section>`;
}
