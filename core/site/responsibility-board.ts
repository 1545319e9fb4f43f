import type { AgencyProfile, Channel, Officer } from '../records/agency-profile';

/** Paper sizes the responsibility board prints on (portrait), in millimetres. */
export const PAPER_SIZES = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
} as const;
export type Paper = keyof typeof PAPER_SIZES;

/** Steps of the duties' font size (mm on A4), largest first: `.gs-board-duties-N`. */
export const DUTY_FONT_STEPS_MM = [6, 5.5, 5, 4.5, 4, 3.6, 3.2, 2.9] as const;

/**
 * 岗位职责公示牌: what a service window posts (泸市府办函〔2018〕133号 三(三): 明示工作人员岗位职责
 * 有关工作信息及事项办理过程中进度查询、投诉举报、咨询服务等信息). One board per officer on duty.
 */
export interface ResponsibilityBoard {
  readonly agency: string;
  /** 岗位 / 窗口. */
  readonly post: string;
  /** The officer on duty; absent when the agency lists none (the board has blank lines). */
  readonly officer?: Officer;
  readonly duties: readonly string[];
  /** 进度查询, 咨询, 投诉举报 and supervision channels, agency's own numbers (public). */
  readonly contacts: readonly Channel[];
  /** `.gs-board-duties-N`: the largest duties font step that fits the sheet (0 = largest). */
  readonly dutySizeStep: number;
  /** False when even the smallest step does not fit: the duties must be shortened. */
  readonly fits: boolean;
}

export interface BoardOptions {
  /** 岗位 name; default: the first service guide's 受理机构 (the window), else `执法类别执法岗位`. */
  readonly post?: string;
  /** Only these officers (执法证号), in this order; default: every officer listed. */
  readonly officers?: readonly string[];
  /**
   * The day the boards are printed for: an officer whose credential (证件有效期) ended before
   * it is left off, since a window must not post someone who may not act.
   */
  readonly today?: string;
}

/** Height (mm, on A4) left for the duties between the header and the contacts. */
const DUTIES_HEIGHT_MM = 120;
/** Width (mm, on A4) of a duty line. */
const DUTIES_WIDTH_MM = 174;
const LINE_HEIGHT = 1.4;

/** Width of `text` in em: CJK and full-width characters 1, others about 0.55. */
function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\uffef]/.test(char) ? 1 : 0.55;
  return width;
}

/**
 * The largest duties font step whose lines fit the space on the sheet. Sizes scale with the
 * paper, so the step is the same on A4 and A3.
 */
export function dutySizeStep(duties: readonly string[]): { step: number; fits: boolean } {
  for (let step = 0; step < DUTY_FONT_STEPS_MM.length; step++) {
    const size = DUTY_FONT_STEPS_MM[step]!;
    const perLine = DUTIES_WIDTH_MM / size;
    const lines = duties.reduce(
      (sum, duty) => sum + Math.max(1, Math.ceil((emWidth(duty) + 1) / perLine)),
      0,
    );
    // Each item also has a small gap below it (1 mm).
    if (lines * size * LINE_HEIGHT + duties.length <= DUTIES_HEIGHT_MM) return { step, fits: true };
  }
  return { step: DUTY_FONT_STEPS_MM.length - 1, fits: false };
}

/** The agency's channels a window posts: supervision channels, then guides' phones not yet listed. */
function boardContacts(agency: AgencyProfile): Channel[] {
  const contacts: Channel[] = [];
  const seen = new Set<string>();
  const add = (channel: Channel) => {
    const key = `${channel.kind}\u0000${channel.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    contacts.push(channel);
  };
  if (agency.website) add({ kind: '进度查询', value: agency.website });
  for (const guide of agency.serviceGuides) {
    if (guide.consultationPhone) add({ kind: '咨询电话', value: guide.consultationPhone });
  }
  for (const channel of agency.supervision) add(channel);
  for (const guide of agency.serviceGuides) {
    if (guide.complaintPhone && !agency.supervision.some((c) => c.value === guide.complaintPhone)) {
      add({ kind: '投诉电话', value: guide.complaintPhone });
    }
  }
  return contacts;
}

/**
 * The boards for an agency: one per officer on duty (every listed officer, or those named
 * by 执法证号), or one with blank name lines when it lists none. Unknown 执法证号 are
 * returned in `unknown`, and officers left off for an expired credential in `expired`, so
 * the caller can say which.
 */
export function responsibilityBoards(
  agency: AgencyProfile,
  options: BoardOptions = {},
): { boards: ResponsibilityBoard[]; unknown: string[]; expired: Officer[] } {
  const normalise = (value: string) => value.replace(/[\s-]/g, '').toUpperCase();
  const unknown: string[] = [];
  const today = options.today;
  const expired = today
    ? agency.officers.filter(
        (officer) => officer.certificateValidTo && officer.certificateValidTo < today,
      )
    : [];
  const valid = agency.officers.filter((officer) => !expired.includes(officer));
  let officers: (Officer | undefined)[] = [...valid];
  if (options.officers && options.officers.length > 0) {
    officers = [];
    for (const number of options.officers) {
      const officer = valid.find(
        (candidate) => normalise(candidate.certificateNumber) === normalise(number),
      );
      if (officer) officers.push(officer);
      else if (
        !expired.some((candidate) => normalise(candidate.certificateNumber) === normalise(number))
      )
        unknown.push(number);
    }
  }
  if (officers.length === 0) officers = [undefined];
  const { step, fits } = dutySizeStep(agency.duties);
  const contacts = boardContacts(agency);
  const window = agency.serviceGuides[0]?.acceptingBody;
  const boards = officers.map(
    (officer): ResponsibilityBoard => ({
      agency: agency.name,
      post:
        options.post ??
        window ??
        (officer?.enforcementCategory ? `${officer.enforcementCategory}执法岗位` : '执法岗位'),
      ...(officer ? { officer } : {}),
      duties: agency.duties,
      contacts,
      dutySizeStep: step,
      fits,
    }),
  );
  return { boards, unknown, expired };
}
