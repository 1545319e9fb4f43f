import { foldAlnum, isAlnumCode, isInvisible } from './internal/chars';
import type { TextDetector } from './internal/run-detector';
import { PersonalDataKind } from './kinds';

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

function countDigits(serial: string): number {
  let digits = 0;
  for (let i = 0; i < serial.length; i++) {
    const code = serial.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** True for an ASCII or full-width digit. */
/** Farm machinery's area and separator (拖拉机号牌 川05-A1193). */
const FARM_AREA = /^\d\d[-·•・.．]/;

export const matchPlate: TextDetector = (text, at, _from, to, state) => {
  let i = at + 1;
  if (i >= to || !isAlnumCode(text.charCodeAt(i))) return undefined;
  // Farm machinery (拖拉机号牌, 川05-A1193): two digits of the area, then a separator.
  if (FARM_AREA.test(text.slice(i, i + 3))) i++;
  else if (!PLATE_AUTHORITY.test(String.fromCharCode(foldAlnum(text.charCodeAt(i)))))
    return undefined;
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
  // An organisation's vehicle is public: the document's reading says whose it is.
  if (state.reading?.companyVehicleAt(text, at)) return { resume: end };
  return {
    resume: end,
    findings: [
      {
        kind: PersonalDataKind.plate,
        start: at,
        end,
        confidence: 0.8,
        reason: serial.length === 6 ? 'plate-new-energy' : 'plate',
      },
    ],
  };
};
