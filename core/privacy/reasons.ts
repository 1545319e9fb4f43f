/**
 * Why a detector reported a finding (Finding.reason), as a short code. The detectors run in
 * the widgets' first view, where the reasons in words weighed some 300 bytes gzipped and are
 * never shown; the words are in reason-text.ts, for the CLI's report. A type only: each
 * detector writes its code (an object of codes would weigh bytes of its own). Findings of the
 * document reading (third persons, homes, minors) and of address labels carry their reason in
 * words, which reasonText passes through.
 */
export type Reason =
  | 'bank-card-labelled'
  | 'bank-card-luhn'
  | 'email'
  | 'landline-area-code'
  | 'landline-labelled'
  | 'mobile-labelled'
  | 'mobile'
  | 'mobile-outside-mainland'
  | 'passport'
  | 'passport-labelled'
  | 'plate-new-energy'
  | 'plate'
  | 'resident-id-run-together'
  | 'residence-permit'
  | 'resident-id'
  | 'resident-id-labelled-bad-check'
  | 'resident-id-bad-check'
  | 'resident-id-15-labelled'
  | 'resident-id-15'
  | 'travel-permit'
  | 'travel-permit-labelled'
  | 'taiwan-permit-labelled'
  | 'always-redact';
