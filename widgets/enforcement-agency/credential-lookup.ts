import type { Officer } from '../../core/records/index';

/**
 * Folds a credential number as citizens type it: full-width digits (５１９９), spaces, dashes
 * and a lower-case letter prefix all match the published number.
 */
export function foldCredential(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s\-－—_·.]/g, '')
    .toUpperCase();
}

/**
 * The officer holding credential `number` (执法证号) in the published list, or undefined. A
 * citizen checks that the person at the door may enforce (事中公示: 表明身份). Exact match
 * only: a near miss must not vouch for anyone.
 */
export function findOfficer(officers: readonly Officer[], number: string): Officer | undefined {
  const wanted = foldCredential(number);
  if (wanted === '') return undefined;
  return officers.find((officer) => foldCredential(officer.certificateNumber) === wanted);
}
