import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/index';
import type { AgencyProfile } from '../../core/records/agency-profile';
import { loadedMessages, loadMessages } from '../internal/locale-table';
import type { PublicText } from '../internal/sanitize';
import { CATALOGUE_MESSAGES } from './major-decision-catalogue.messages';

// Languages whose strings could not be fetched: shown in zh-CN rather than not at all.
const unavailable = new Set<Locale>();

/**
 * The agency's 重大执法决定法制审核目录清单 (the seed, 四（二）1: each agency publishes which of
 * its decisions need legal review), as a table like the profile's other lists. Fetched only
 * for an agency that publishes one, so the first view of every agency page stays as small as
 * it was. Renders nothing until its strings are in the page's language (`update` is called
 * then), never a flash of the wrong language.
 */
export function renderCatalogueSection(
  agency: AgencyProfile,
  publicText: PublicText,
  locale: Locale,
  update: () => void,
): TemplateResult | typeof nothing {
  const entries = agency.majorDecisionCatalogue ?? [];
  if (entries.length === 0) return nothing;
  const m =
    loadedMessages(CATALOGUE_MESSAGES, locale) ??
    (unavailable.has(locale) ? CATALOGUE_MESSAGES['zh-CN'] : undefined);
  if (!m) {
    loadMessages([CATALOGUE_MESSAGES], locale).then(update, (error: unknown) => {
      console.warn(`<enforcement-agency> could not load ${locale} strings`, error);
      unavailable.add(locale);
      update();
    });
    return nothing;
  }
  // Same shape as the profile's other lists: a titled table whose first cell heads its row,
  // so a screen reader announces "审核事项" with each criterion.
  return html`<h3 id="catalogue-title">${m.title}</h3>
    <p class="muted">${m.intro}</p>
    <table part="catalogue" aria-labelledby="catalogue-title">
      <thead><tr>${[m.item, m.category, m.criteria, m.basis, m.reviewBody].map(
        (header) => html`<th scope="col">${header}</th>`,
      )}</tr></thead>
      <tbody>
        ${entries.map(
          (entry) => html`<tr>
            <th scope="row">${publicText(entry.item)}</th>
            <td>${publicText(entry.category)}</td>
            <td>${publicText(entry.criteria)}</td>
            <td>${publicText(entry.basis)}</td>
            <td>${publicText(entry.reviewBody)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}
