/**
 * The one palette every chart option builder uses (issue 5, accessibility).
 *
 * - CATEGORICAL: Okabe & Ito (2008), "Color Universal Design", distinguishable under the common
 *   colour-vision deficiencies (protan, deutan, tritan). Yellow is left out: it does not read as a
 *   line or a small mark on white.
 * - SEQUENTIAL: one hue (blue), light → dark, its luminance strictly decreasing, so a share reads
 *   the same in colour, under any colour-vision deficiency and in greyscale (print).
 * - SEQUENTIAL_ALT: a second single-hue ramp (orange) where two scales sit side by side; blue
 *   against orange is the pair that survives every deficiency.
 * - Decal patterns (ECharts `aria.decal`) are the non-colour cue, switched on by `?decal=1`.
 */

/** Okabe–Ito, in the order series take them (blue, vermillion, bluish green, reddish purple…). */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  black: '#000000',
  yellow: '#F0E442',
} as const;

export const CATEGORICAL: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  '#555555',
];

/** The i-th categorical colour (cycling). */
export function categorical(i: number): string {
  const n = CATEGORICAL.length;
  return CATEGORICAL[((i % n) + n) % n] ?? OKABE_ITO.blue;
}

/** Blue ramp for shares (heatmap cells): light (0%) → dark (100%). */
export const SEQUENTIAL: readonly string[] = [
  '#eff6ff',
  '#bfdbfe',
  '#60a5fa',
  '#2563eb',
  '#1e3a8a',
];

/** Ordered levels of a first scale: the blue ramp, seven steps. */
export const SEQUENTIAL_7: readonly string[] = [
  '#dbeafe',
  '#bfdbfe',
  '#93c5fd',
  '#60a5fa',
  '#3b82f6',
  '#2563eb',
  '#1e40af',
];
/** Ordered levels of a second scale shown next to the first: an orange ramp, seven steps. */
export const SEQUENTIAL_ALT_7: readonly string[] = [
  '#fff1e0',
  '#fed7aa',
  '#fdba74',
  '#f59e0b',
  '#d97706',
  '#b45309',
  '#7c2d12',
];

/** Single bars (one series): the app's accent blue, white text reads on it. */
export const ACCENT = '#2f6db5';
/** Text and marks that must read on white. */
export const INK = '#111827';
export const INK_SOFT = '#374151';

/** A member against its region and all members: one hue, dark → light (reads in greyscale). */
export const SCOPE_COLOURS = { member: '#1f4e8c', region: '#7aa6d8', global: '#c9d7e8' } as const;

/** Not-a-rating states (pending, not reviewed, missing…): greys, never a hue of a scale. */
export const STATE_GREYS: Readonly<Record<string, string>> = {
  pending_irm: '#a3a3a3',
  no_data: '#d4d4d4',
  not_reviewed: '#bdbdbd',
  not_applicable: '#e7e5e4',
  missing: '#737373',
};
export const NEUTRAL = '#9ca3af';
/** Reference lines and their labels (quadrant divisions…). */
export const MUTED = '#6b7280';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
}

/** Every colour a chart may draw with (the unit tests check builders use nothing else). */
export const PALETTE: ReadonlySet<string> = new Set(
  [
    ...Object.values(OKABE_ITO),
    ...CATEGORICAL,
    ...SEQUENTIAL,
    ...SEQUENTIAL_7,
    ...SEQUENTIAL_ALT_7,
    ACCENT,
    INK,
    INK_SOFT,
    ...Object.values(SCOPE_COLOURS),
    ...Object.values(STATE_GREYS),
    NEUTRAL,
    MUTED,
  ].map((c) => c.toLowerCase()),
);

export interface A11yOptions {
  /** Draw ECharts decal patterns over the colours (`?decal=1`). */
  decal: boolean;
  /** The chart's accessible name, also handed to ECharts' own aria description. */
  label: string;
}

/**
 * ECharts' accessibility component on any option: its own aria-label (our name, not its
 * generated sentence) and, when asked, decal patterns on every series.
 */
export function withA11y<T extends object>(option: T, a: A11yOptions): T & { aria: object } {
  return {
    ...option,
    aria: {
      enabled: true,
      label: { enabled: true, description: a.label },
      decal: { show: a.decal },
    },
  };
}
