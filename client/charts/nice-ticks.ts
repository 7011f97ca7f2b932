/**
 * Round axis ticks from zero: steps of 1, 2, 2.5 or 5 times a power of ten, about `count` of them,
 * so axes read 0, 10k, 20k, 30k rather than 0, 6.5k, 13k, 19.5k.
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1]
  const rough = max / count
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power
  const top = Math.ceil(max / step - 1e-9) * step
  const ticks: number[] = []
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(Number(t.toPrecision(12)))
  return ticks
}
