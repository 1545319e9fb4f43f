/** The kinds of personal data the engine finds. Names are part of the public contract. */
export const PersonalDataKind = {
  residentId: 'resident-id',
  mobile: 'mobile',
  landline: 'landline',
  address: 'address',
  bankCard: 'bank-card',
  email: 'email',
  passport: 'passport',
  travelPermit: 'travel-permit',
  plate: 'plate',
  name: 'name',
  /**
   * The decision's party is a natural person under 18 on the document's date: the decision
   * is not published at all (DOMAIN §2, 未成年人保护法). The finding covers the child's name.
   */
  minor: 'minor',
} as const;
export type PersonalDataKind = (typeof PersonalDataKind)[keyof typeof PersonalDataKind];

/** One piece of personal data found in a text. */
export interface Finding {
  readonly kind: PersonalDataKind;
  /** UTF-16 offset into the scanned text (or the HTML source for scanHtml). */
  readonly start: number;
  /** Exclusive end offset. */
  readonly end: number;
  /** `input.slice(start, end)` for scanText; the visible text for scanHtml. */
  readonly text: string;
  /** 0..1: how sure the engine is that this is personal data. */
  readonly confidence: number;
  /**
   * Why it was found: a detector's code (Reason in reasons.ts: 'resident-id'), which
   * reasonText turns into words a reviewer reads ('18位身份证号，日期与校验位正确'), or words
   * already (the document reading's third persons, homes and minors).
   */
  readonly reason: string;
  /**
   * Reported, but there is nothing to replace: a minor party named by its role word only
   * (当事人 with no name written), where the reading knows no name stands.
   */
  readonly reportOnly?: true;
}

/**
 * `public`: delete or replace with a fixed placeholder (the strict form, default).
 * `staff`: partial masks such as 138****5678 for review screens.
 */
export const RedactionStyle = { public: 'public', staff: 'staff' } as const;
export type RedactionStyle = (typeof RedactionStyle)[keyof typeof RedactionStyle];

export interface ScanOptions {
  /** Strings never reported (agency hotline, fine-payment account…), compared after normalisation. */
  readonly allow?: readonly string[];
  /** Extra words always reported (e.g. a party's name), as kind 'name'. */
  readonly alwaysRedact?: readonly string[];
}

export interface RedactOptions extends ScanOptions {
  readonly style?: RedactionStyle;
}
