/**
 * Money in the 双公示 tables is stated in 万元 (10,000 yuan) with up to 6 decimals (one yuan is
 * 0.0001 万元; fen need 6). Floating-point noise (0.1 * 3) is tolerated and rounded away.
 */
export const WAN_DECIMALS = 6

export function roundWan(value: number): number {
  return Math.round(value * 10 ** WAN_DECIMALS) / 10 ** WAN_DECIMALS
}

export function isValidWanAmount(value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e9) return false
  return Math.abs(value * 10 ** WAN_DECIMALS - Math.round(value * 10 ** WAN_DECIMALS)) < 1e-3
}

/** 12.5 → "12.5万元", 0.0001 → "0.0001万元" (no trailing zeros, no exponent). */
export function formatWan(value: number): string {
  return `${roundWan(value)
    .toFixed(WAN_DECIMALS)
    .replace(/\.?0+$/, '')}万元`
}

/** 万元 to yuan, for people who read yuan: 1.2345 → 12345. */
export function wanToYuan(value: number): number {
  return Math.round(value * 10_000 * 100) / 100
}
