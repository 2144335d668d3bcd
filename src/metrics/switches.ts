/** The user-adjustable harmonisation rules (irm-methodology.md §4, "switch"). */
export interface Switches {
  /** pre2020: only Transformative potential impact counts as high ambition. */
  ambitionTransformativeOnly: boolean;
  /** refresh: Modest potential for results counts as high ambition ("moderate-level counts"). */
  ambitionIncludesModerate: boolean;
  /** Which star rule: OGP's current formula columns, or the 2015-only rule. */
  starRule: 'current' | '2015';
  /** rated: states excluded from n (default); all: OGP's share-of-all-commitments convention. */
  denominator: 'rated' | 'all';
}

export const DEFAULT_SWITCHES: Switches = {
  ambitionTransformativeOnly: false,
  ambitionIncludesModerate: false,
  starRule: 'current',
  denominator: 'rated',
};
