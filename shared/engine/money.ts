/** Constant prices are stated in FY2025/26 money: the year of the newest published pay scales. */
export const PRICE_BASE_FY = 2025

/** What £1 of FY2025/26 costs in a later year's cash, at a flat yearly deflator. */
export function priceIndex(fy: number, deflator: number): number {
  return (1 + deflator) ** (fy - PRICE_BASE_FY)
}

/** The weight of a cost in year `fy` in a present value taken at the start of `firstFy`. */
export function discountFactor(fy: number, firstFy: number, rate: number): number {
  return 1 / (1 + rate) ** (fy - firstFy)
}
