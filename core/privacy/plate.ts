import { foldAlnum, isAlnumCode, isInvisible } from './internal/chars';
import type { TextDetector } from './internal/run-detector';
import type { ScanState } from './internal/scan-state';
import { PersonalDataKind } from './kinds';
import { HolderKind } from './reading/holder-kind';

/**
 * Motor vehicle plates (GA 36-2018): province character + issuing-authority letter (no I/O)
 * + 5 characters from 0-9 and A-Z without I/O (at least 3 digits), or 6 for new-energy
 * vehicles (small: D/F first; large: D/F last). Often written 川E·12345.
 */
export const PLATE_SERIAL = /^[A-HJ-NP-Z0-9]{5}$/;
export const NEW_ENERGY_SERIAL = /^(?:[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/;
const PLATE_AUTHORITY = /^[A-HJ-NP-Z]$/;
/** Dots and spaces people put after the authority letter: 川E·12345, 川E 12345. */
const PLATE_SEPARATORS = '·•・.．- \u00a0\u3000';

/**
 * An organisation's vehicle (DOMAIN §4: only natural persons' plates are deleted): a plate
 * in an organisation's block, or in the facts of a decision whose parties are all
 * organisations (当事人…其所属川E·J8571重型自卸货车).
 */
function ownedByOrganisation(text: string, state: ScanState, at: number): boolean {
  const holder = state.holderAt(at);
  if (holder) return holder.kind === HolderKind.organisation;
  return state.reading?.organisationParties === true && !privatelyOwned(text, at);
}

/** Words saying a vehicle is a private person's: 其个人所有的面包车, 其本人所有的货车, 私家车. */
const PRIVATE_OWNER = /个人|個人|私家|私人|本人所有|自己所有/;
/** How far back the sentence before a plate is read for PRIVATE_OWNER. */
const OWNER_WINDOW = 60;

/** True when the sentence the plate stands in says the vehicle is a private person's. */
function privatelyOwned(text: string, at: number): boolean {
  let start = at;
  const limit = Math.max(0, at - OWNER_WINDOW);
  while (start > limit) {
    const code = text.charCodeAt(start - 1);
    if (code === 0x3002 || code === 0x0a || code === 0xff1b) break;
    start--;
  }
  return PRIVATE_OWNER.test(text.slice(start, at));
}

function countDigits(serial: string): number {
  let digits = 0;
  for (let i = 0; i < serial.length; i++) {
    const code = serial.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** True for an ASCII or full-width digit. */
function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

export const matchPlate: TextDetector = (text, at, _from, to, state) => {
  let i = at + 1;
  if (i >= to || !isAlnumCode(text.charCodeAt(i))) return undefined;
  // Farm machinery (拖拉机号牌, 川05-A1193): two digits of the area, then a separator.
  const farm =
    isDigitCode(text.charCodeAt(i)) &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    i + 2 < to &&
    PLATE_SEPARATORS.includes(text[i + 2]!) &&
    text[i + 2] !== ' ';
  if (farm) i += 1;
  else {
    const authority = String.fromCharCode(foldAlnum(text.charCodeAt(i)));
    if (!PLATE_AUTHORITY.test(authority)) return undefined;
  }
  i++;
  if (i < to && PLATE_SEPARATORS.includes(text[i]!)) i++;
  let serial = '';
  let end = i;
  while (end < to && serial.length <= 6) {
    const code = text.charCodeAt(end);
    if (isInvisible(code)) {
      end++;
      continue;
    }
    if (!isAlnumCode(code)) break;
    serial += String.fromCharCode(foldAlnum(code));
    end++;
  }
  // Followed by 【已脱敏】 or a * mask: the plate was glued to data that has been redacted
  // (read as one longer code before redaction), so it is not read as a plate now either.
  let after = end;
  while (after < to && after < end + 3 && text.charCodeAt(after) === 0x20) after++;
  const next = text.charCodeAt(after);
  if (next === 0x3010 || next === 0x2a || next === 0xff0a) return undefined;
  const valid =
    (serial.length === 5 && PLATE_SERIAL.test(serial) && countDigits(serial) >= 3) ||
    (serial.length === 6 && NEW_ENERGY_SERIAL.test(serial));
  if (!valid) return undefined;
  if (ownedByOrganisation(text, state, at)) return { resume: end };
  return {
    resume: end,
    findings: [
      {
        kind: PersonalDataKind.plate,
        start: at,
        end,
        confidence: 0.8,
        reason: farm ? '农业机械号牌' : serial.length === 6 ? '新能源汽车号牌' : '机动车号牌',
      },
    ],
  };
};
