import type { AgencyListKind } from '../../records/agency-profile';
import type { ListDefinition } from './list-definition';
import { MAJOR_DECISIONS_LIST } from './major-decisions-list';
import { OFFICERS_LIST } from './officers-list';
import { POWERS_LIST } from './powers-list';
import { PROFILE_LIST } from './profile-list';
import { RANDOM_INSPECTIONS_LIST } from './random-inspections-list';
import { SERVICE_GUIDES_LIST } from './service-guides-list';

/** Every 事前公开 list an agency keeps in a spreadsheet, by kind. */
export const LIST_DEFINITIONS: { readonly [L in AgencyListKind]: ListDefinition<L> } = {
  profile: PROFILE_LIST as ListDefinition<'profile'>,
  powers: POWERS_LIST as ListDefinition<'powers'>,
  officers: OFFICERS_LIST as ListDefinition<'officers'>,
  randomInspections: RANDOM_INSPECTIONS_LIST as ListDefinition<'randomInspections'>,
  majorDecisionCatalogue: MAJOR_DECISIONS_LIST as ListDefinition<'majorDecisionCatalogue'>,
  serviceGuides: SERVICE_GUIDES_LIST as ListDefinition<'serviceGuides'>,
};
