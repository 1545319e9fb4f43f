import type { AgencyProfile } from '../../records/agency-profile';
import type { ProcedureFlow, ServiceGuide, TimeLimit } from '../../records/service-guide';
import { html, type Markup, safeHref } from '../html';
import type { SitePublicText } from '../public-text';
import { agencyDecisionsPath, boardPagePath, guidePagePath, relativePath } from '../site-paths';
import { chineseDate, PAGE_TEXT } from './page-text';

const A = PAGE_TEXT.agency;
const G = PAGE_TEXT.guide;

function field(name: string, value: string | Markup): Markup | '' {
  if (!value || (typeof value !== 'string' && value.value === '')) return '';
  return html`<dt>${name}</dt><dd>${value}</dd>`;
}

/** A table with a caption (the table's name for screen readers) and a row header per row. */
function table(
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly (string | undefined)[])[],
  publicText: SitePublicText,
): Markup | '' {
  if (rows.length === 0) return '';
  return html`<table>
<caption>${caption}</caption>
<thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell, index) =>
        index === 0
          ? html`<th scope="row">${publicText(cell)}</th>`
          : html`<td>${publicText(cell)}</td>`,
      )}</tr>
`,
  )}</tbody>
</table>`;
}

function timeLimit(limit: TimeLimit | undefined, publicText: SitePublicText): string {
  if (!limit) return '';
  const unit = PAGE_TEXT.timeUnits[limit.unit] ?? limit.unit;
  return `${limit.value}${unit}${limit.note ? `（${publicText(limit.note)}）` : ''}`;
}

/** A procedure as an ordered list of steps: who acts, and the time limit. */
export function procedureSteps(flow: ProcedureFlow, publicText: SitePublicText): Markup {
  return html`<ol class="gs-steps">${flow.steps.map((step) => {
    const limit = timeLimit(step.timeLimit, publicText);
    return html`<li><strong>${publicText(step.name)}</strong>：${G.actor} ${publicText(step.actor)}${
      limit ? `；${G.stepTime} ${limit}` : ''
    }${step.description ? html`<br>${publicText(step.description)}` : ''}</li>`;
  })}</ol>`;
}

/** The agency's 事前公开 page: the profile with officers, as `<enforcement-agency>` shows it. */
export function agencyPageContent(
  agency: AgencyProfile,
  agencyKey: string,
  from: string,
  publicText: SitePublicText,
  { hasDecisions }: { hasDecisions: boolean },
): Markup {
  const website = safeHref(agency.website);
  return html`<dl class="gs-fields">
${field(A.bodyType, publicText(agency.bodyType))}
${field(A.code, publicText(agency.code))}
${field(A.address, publicText(agency.address))}
${website && /^https?:/i.test(website) ? field(A.website, html`<a href="${website}">${publicText(agency.website)}</a>`) : ''}
${field(A.updated, agency.updated ? html`<time datetime="${agency.updated}">${chineseDate(agency.updated)}</time>` : '')}
</dl>
<ul>
${hasDecisions ? html`<li><a href="${relativePath(from, agencyDecisionsPath(agencyKey))}">${A.decisions}</a></li>` : ''}
<li><a href="${relativePath(from, boardPagePath(agencyKey))}">${A.board}</a></li>
</ul>
<h2>${A.duties}</h2>
<ul>${agency.duties.map((duty) => html`<li>${publicText(duty)}</li>`)}</ul>
${table(
  A.powers,
  A.powerHeaders,
  agency.powers.map((power) => [power.name, power.category, power.basis, power.code]),
  publicText,
)}
${
  agency.legalBasis.length
    ? html`<h2>${A.legalBasis}</h2><ul>${agency.legalBasis.map((basis) => {
        const url = safeHref(basis.url);
        const title = `${publicText(basis.title)}${basis.articles ? ` ${publicText(basis.articles)}` : ''}`;
        return html`<li>${url && /^https?:/i.test(url) ? html`<a href="${url}">${title}</a>` : title}${
          basis.discretionStandard ? html` <span class="gs-muted">（${A.discretion}）</span>` : ''
        }</li>`;
      })}</ul>`
    : ''
}
${table(
  A.officers,
  A.officerHeaders,
  agency.officers.map((officer) => [
    officer.name,
    officer.certificateNumber,
    officer.enforcementCategory,
    officer.area,
  ]),
  publicText,
)}
${table(
  A.inspections,
  A.inspectionHeaders,
  agency.randomInspections.map((item) => [
    item.item,
    item.basis,
    item.body,
    item.content,
    item.method,
    item.ratio,
    item.frequency,
  ]),
  publicText,
)}
${table(
  A.catalogue,
  A.catalogueHeaders,
  (agency.majorDecisionCatalogue ?? []).map((item) => [
    item.item,
    item.category,
    item.criteria,
    item.basis,
    item.reviewBody,
  ]),
  publicText,
)}
${
  agency.procedures.length
    ? html`<h2>${A.procedures}</h2>${agency.procedures.map(
        (flow) => html`<h3>${publicText(flow.name)}</h3>${procedureSteps(flow, publicText)}`,
      )}`
    : ''
}
${
  agency.serviceGuides.length
    ? html`<h2>${A.guides}</h2><ul>${agency.serviceGuides.map(
        (guide) =>
          html`<li><a href="${relativePath(from, guidePagePath(agencyKey, guide.itemName))}">${publicText(guide.itemName)}</a></li>`,
      )}</ul>`
    : ''
}
${
  agency.supervision.length
    ? html`<h2>${A.supervision}</h2><dl class="gs-fields">${agency.supervision.map(
        (channel) =>
          html`<dt>${publicText(channel.kind)}</dt><dd>${publicText(channel.value)}${
            channel.hours
              ? html` <span class="gs-muted">（${A.hours}：${publicText(channel.hours)}）</span>`
              : ''
          }</dd>`,
      )}</dl>`
    : ''
}
${table(
  A.remedies,
  A.remedyHeaders,
  agency.remedies.map((remedy) => [remedy.kind, remedy.body, remedy.deadline]),
  publicText,
)}`;
}

/** One service guide's page, as `<service-guide item="…">` shows it. */
export function guidePageContent(
  guide: ServiceGuide,
  agency: AgencyProfile,
  publicText: SitePublicText,
): Markup {
  return html`<dl class="gs-fields">
${field(G.agency, publicText(agency.name))}
${field(G.acceptingBody, publicText(guide.acceptingBody))}
${field(G.approvingBody, publicText(guide.approvingBody))}
${field(G.timeLimit, timeLimit(guide.timeLimit, publicText))}
${field(G.fees, publicText(guide.fees))}
${field(G.consultation, publicText(guide.consultationPhone))}
${field(G.complaint, publicText(guide.complaintPhone))}
</dl>
${guide.legalBasis.length ? html`<h2>${G.legalBasis}</h2><ul>${guide.legalBasis.map((basis) => html`<li>${publicText(basis)}</li>`)}</ul>` : ''}
${guide.conditions.length ? html`<h2>${G.conditions}</h2><ul>${guide.conditions.map((condition) => html`<li>${publicText(condition)}</li>`)}</ul>` : ''}
${table(
  G.materials,
  G.materialHeaders,
  guide.materials.map((material) => [
    material.name,
    material.copies === undefined ? '' : String(material.copies),
    material.note,
  ]),
  publicText,
)}
<h2>${G.flow}</h2>
${procedureSteps(guide.flow, publicText)}`;
}
