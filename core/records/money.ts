import { MoneyUnit } from './enumerations';

/**
 * An amount exactly as written, a decimal string in its unit: `{ value: "0.35", unit: "万元" }`.
 * Never a float: 0.1 + 0.2 万元 must add up to 0.3 万元 in every annual report. Arithmetic
 * runs in integer 分 (fen) with bigint.
 */
export interface Money {
  readonly value: string;
  readonly unit: MoneyUnit;
}

/** A non-negative decimal number as stored: digits, optionally a point and more digits. */
export const DECIMAL_PATTERN = /^\d+(?:\.\d+)?$/;

/** 分 per unit: 1 元 = 100 分, 1 万元 = 10,000 元 = 1,000,000 分. */
const FEN_PER_UNIT: Record<MoneyUnit, bigint> = {
  [MoneyUnit.yuan]: 100n,
  [MoneyUnit.wanYuan]: 1_000_000n,
};
const DECIMALS: Record<MoneyUnit, number> = { [MoneyUnit.yuan]: 2, [MoneyUnit.wanYuan]: 6 };

/**
 * The amount in 分, or undefined when it is not a decimal or is finer than 1 分 (0.001 元):
 * an amount that cannot be paid is a typo to report, not a number to round.
 */
export function moneyToFen(money: Money): bigint | undefined {
  if (!DECIMAL_PATTERN.test(money.value)) return undefined;
  const [whole = '0', fraction = ''] = money.value.split('.');
  const decimals = DECIMALS[money.unit];
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > decimals) return undefined;
  return (
    BigInt(whole) * FEN_PER_UNIT[money.unit] + BigInt(significant.padEnd(decimals, '0') || '0')
  );
}

/** Formats 分 as a decimal string in `unit`, without trailing zeros: 350000n 分 → "0.35" 万元. */
export function formatFen(fen: bigint, unit: MoneyUnit): string {
  const negative = fen < 0n;
  const magnitude = negative ? -fen : fen;
  const per = FEN_PER_UNIT[unit];
  const whole = magnitude / per;
  const fraction = (magnitude % per).toString().padStart(DECIMALS[unit], '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Converts an amount to another unit exactly (万元 → 元 always exact; 元 → 万元 too). */
export function convertMoney(money: Money, unit: MoneyUnit): Money | undefined {
  const fen = moneyToFen(money);
  return fen === undefined ? undefined : { value: formatFen(fen, unit), unit };
}

/** The sum of amounts in 分; amounts that are not valid decimals are skipped and counted. */
export function sumFen(amounts: readonly (Money | undefined)[]): { fen: bigint; skipped: number } {
  let fen = 0n;
  let skipped = 0;
  for (const money of amounts) {
    if (!money) continue;
    const value = moneyToFen(money);
    if (value === undefined) skipped += 1;
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
