import type { IsoDate } from '../calendar/iso-date';
import type { Officer } from './agency-profile';

/**
 * Whether an officer's credential (执法证) has run out on `date`: its 证件有效期 is the last
 * valid day, so it has expired from the day after. An officer without a recorded validity
 * is not reported expired (the list does not say).
 *
 * @example credentialExpired({ …, certificateValidTo: '2025-12-31' }, '2026-01-01') // true
 */
export function credentialExpired(officer: Officer, date: IsoDate): boolean {
  return officer.certificateValidTo !== undefined && officer.certificateValidTo < date;
}
