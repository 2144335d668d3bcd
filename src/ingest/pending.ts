import type { NativeRating } from '../harmonise/native';

/**
 * Decision: a blank / "no data" rating is "pending IRM review" while the IRM product that would
 * rate it is not yet due on the as-of date. The Action Plan Review comes about 4 months after
 * submission and the Results Report about 4 months after the plan ends; only years are known, so
 * we count from the end of the year (1 May of the next year). OGP Local plans submitted from 2019
 * on are never pending: the IRM stopped assessing them in May 2019.
 */
export function dueDate(
  product: 'design' | 'implementation',
  yearSubmission: number | null,
  yearEnd: number | null,
): string | null {
  const year = product === 'design' ? yearSubmission : (yearEnd ?? yearSubmission);
  return year === null ? null : `${year + 1}-05-01`;
}

export function applyPending(
  rating: NativeRating,
  due: string | null,
  asOf: string,
  kind: string,
  yearSubmission: number | null,
): NativeRating {
  if (rating.code !== 'no_data' || due === null) return rating;
  if (kind === 'local' && (yearSubmission ?? 0) >= 2019) return rating;
  return asOf < due ? { ...rating, code: 'pending_irm' } : rating;
}
