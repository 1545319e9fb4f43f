import { AGENCY_LIST_TITLES, AgencyListKind } from '../records/agency-profile';
import { ColumnSet } from './columns';

/**
 * What a sheet holds: the 双公示 decisions (penalty, licence) or one of an agency's 事前公开
 * lists. `gongshi import` tells them apart by the header; `--kind` names one.
 */
export const SheetKind = { ...ColumnSet, ...AgencyListKind } as const;
export type SheetKind = (typeof SheetKind)[keyof typeof SheetKind];
export const SHEET_KINDS: readonly SheetKind[] = Object.values(SheetKind);

/** The Chinese title of each kind, as agencies name their sheets and files. */
export const SHEET_KIND_TITLES: Readonly<Record<SheetKind, string>> = {
  penalty: '行政处罚',
  licence: '行政许可',
  ...AGENCY_LIST_TITLES,
};

/** Names a clerk may type for a kind besides its id and title (kebab-case, short Chinese). */
const OTHER_NAMES: Readonly<Record<string, SheetKind>> = {
  'random-inspections': SheetKind.randomInspections,
  'major-decisions': SheetKind.majorDecisionCatalogue,
  'major-decision-catalogue': SheetKind.majorDecisionCatalogue,
  'service-guides': SheetKind.serviceGuides,
  agency: SheetKind.profile,
  执法主体: SheetKind.profile,
  执法人员: SheetKind.officers,
  随机抽查事项: SheetKind.randomInspections,
  法制审核目录: SheetKind.majorDecisionCatalogue,
  重大执法决定: SheetKind.majorDecisionCatalogue,
  服务指南: SheetKind.serviceGuides,
};

/**
 * The kind a name stands for: its id (`officers`), kebab-case (`random-inspections`), or its
 * Chinese title (`执法人员清单`). Undefined for anything else.
 */
export function parseSheetKind(name: string): SheetKind | undefined {
  const trimmed = name.trim();
  if ((SHEET_KINDS as readonly string[]).includes(trimmed)) return trimmed as SheetKind;
  const byTitle = SHEET_KINDS.find((kind) => SHEET_KIND_TITLES[kind] === trimmed);
  return byTitle ?? OTHER_NAMES[trimmed.toLowerCase()] ?? OTHER_NAMES[trimmed];
}

/** Whether a kind is one of an agency's 事前公开 lists (not a 双公示 decision sheet). */
export function isAgencyListKind(kind: SheetKind): kind is AgencyListKind {
  return kind !== SheetKind.penalty && kind !== SheetKind.licence;
}
