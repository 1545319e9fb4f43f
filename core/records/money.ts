import { MoneyUnit } from './enumerations';

/**
 * An amount exactly as written, a decimal string in its unit: `{ value: "0.35", unit: "万元" }`.
 * Never a float: 0.1 + 0.2 万元 must add up to 0.3 万元 in every annual report. Arithmetic
 * runs in integer 分 (fen) as safe integers.
 *
 * Limit: amounts and sums above Number.MAX_SAFE_INTEGER 分 (about 90 万亿元) are refused
 * rather than rounded. Safe integers rather than bigint because the widget bundle targets
 * ES2019 browsers (old 360 builds), where a bigint literal is a syntax error for the whole file.
 */
export interface Money {
  readonly value: string;
  readonly unit: MoneyUnit;
}

/** A non-negative decimal number as stored: digits, optionally a point and more digits. */
export const DECIMAL_PATTERN = /^\d+(?:\.\d+)?$/;

/** 分 per unit: 1 元 = 100 分, 1 万元 = 10,000 元 = 1,000,000 分. */
const FEN_PER_UNIT: Record<MoneyUnit, number> = {
  [MoneyUnit.yuan]: 100,
  [MoneyUnit.wanYuan]: 1_000_000,
};
const DECIMALS: Record<MoneyUnit, number> = { [MoneyUnit.yuan]: 2, [MoneyUnit.wanYuan]: 6 };

/**
 * The amount in 分, or undefined when it is not a decimal, is finer than 1 分 (0.001 元), or
 * is too large to count exactly: an amount that cannot be paid is a typo to report, not a
 * number to round.
 */
export function moneyToFen(money: Money): number | undefined {
  if (!DECIMAL_PATTERN.test(money.value)) return undefined;
  const [whole = '0', fraction = ''] = money.value.split('.');
  const decimals = DECIMALS[money.unit];
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > decimals) return undefined;
  const fen =
    Number(whole) * FEN_PER_UNIT[money.unit] + Number(significant.padEnd(decimals, '0') || '0');
  return Number.isSafeInteger(fen) ? fen : undefined;
}

/** Formats 分 as a decimal string in `unit`, without trailing zeros: 350000 分 → "0.35" 万元. */
export function formatFen(fen: number, unit: MoneyUnit): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of 分: ${fen}`);
  const magnitude = Math.abs(fen);
  const per = FEN_PER_UNIT[unit];
  const whole = Math.floor(magnitude / per);
  const fraction = String(magnitude % per)
    .padStart(DECIMALS[unit], '0')
    .replace(/0+$/, '');
  return `${fen < 0 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Converts an amount to another unit exactly (万元 → 元 always exact; 元 → 万元 too). */
export function convertMoney(money: Money, unit: MoneyUnit): Money | undefined {
  const fen = moneyToFen(money);
  return fen === undefined ? undefined : { value: formatFen(fen, unit), unit };
}

/**
 * The sum of amounts in 分. Amounts that are not valid decimals, and any that would take
 * the sum past exact counting, are skipped and counted.
 */
export function sumFen(amounts: readonly (Money | undefined)[]): { fen: number; skipped: number } {
  let fen = 0;
  let skipped = 0;
  for (const money of amounts) {
    if (!money) continue;
    const value = moneyToFen(money);
    if (value === undefined || !Number.isSafeInteger(fen + value)) skipped += 1;
    else fen += value;
  }
  return { fen, skipped };
}

/**
 * Reads an amount as clerks type it: full-width digits, thousands separators, a trailing
 * unit (万元, 元) that overrides `unit`, stray spaces. Returns undefined for an empty cell
 * and `{ error }` for text that is not an amount.
 *
 * @example parseMoney('1,200.50元', '万元') // { money: { value: '1200.50', unit: '元' } }
 */
export function parseMoney(
  text: string,
  unit: MoneyUnit,
): { money: Money } | { error: 'not-a-number' | 'too-precise' } | undefined {
  let value = text.normalize('NFKC').replace(/[\s,，]/g, '');
  if (value === '' || value === '-' || value === '/' || value === '无') return undefined;
  let actualUnit = unit;
  if (value.endsWith('万元')) {
    actualUnit = MoneyUnit.wanYuan;
    value = value.slice(0, -2);
  } else if (value.endsWith('元')) {
    actualUnit = MoneyUnit.yuan;
    value = value.slice(0, -1);
  }
  if (value.startsWith('.')) value = `0${value}`;
  if (!DECIMAL_PATTERN.test(value)) return { error: 'not-a-number' };
  const money = { value, unit: actualUnit };
  return moneyToFen(money) === undefined ? { error: 'too-precise' } : { money };
}
