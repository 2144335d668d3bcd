/** Wilson score interval for a proportion (95 % by default); null when n = 0. */
export function wilson(yes: number, n: number, z = 1.959964): [number, number] | null {
  if (n <= 0) return null;
  const p = yes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return [round(Math.max(0, centre - half), 3), round(Math.min(1, centre + half), 3)];
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
