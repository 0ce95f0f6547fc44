import { fromCents, toCents } from '../../../kernel/domain/money/cents.ts';

export interface PricedLine {
  quantity: number;
  unitPrice: number;
  discountPercent: number;
}

/** cents × thousandths of a unit × hundredths of a percent kept, per cent. */
const SCALE = 1000n * 10_000n;

/**
 * A line's exact amount in a fine integer unit: the price in cents, the quantity in thousandths
 * (at most 3 decimals) and the part kept after the discount in basis points (at most 2 decimals)
 * are all whole numbers, so nothing is lost to binary fractions (0.1 + 0.2) before the one
 * rounding at the end.
 */
function exact(line: PricedLine): bigint {
  const quantityMilli = BigInt(Math.round(line.quantity * 1000));
  const keptBasisPoints = BigInt(10_000 - Math.round(line.discountPercent * 100));
  return BigInt(toCents(line.unitPrice)) * quantityMilli * keptBasisPoints;
}

/** Rounds half away from zero (amounts are never negative here) to whole cents. */
function roundToCents(scaled: bigint): number {
  const whole = scaled / SCALE;
  return Number((scaled % SCALE) * 2n >= SCALE ? whole + 1n : whole);
}

/** One line's amount: quantity × unit price × (1 − discount/100), rounded to the cent. */
export function lineAmount(line: PricedLine): number {
  return fromCents(roundToCents(exact(line)));
}

/**
 * The deal's value from its lines (API.md): Σ quantity × unitPrice × (1 − discount/100), summed
 * exactly and rounded to 2 decimals once — so it may differ by a cent from the sum of the
 * rounded line amounts, as the contract's formula says.
 */
export function linesTotal(lines: readonly PricedLine[]): number {
  return fromCents(roundToCents(lines.reduce((sum, line) => sum + exact(line), 0n)));
}
