/** Whose a block is: what the detectors ask of the reading (a tiny module: the scanner
 * imports it without the reading layer). */
export const HolderKind = {
  person: 'person',
  organisation: 'organisation',
  agency: 'agency',
  unknown: 'unknown',
} as const;
export type HolderKind = (typeof HolderKind)[keyof typeof HolderKind];
