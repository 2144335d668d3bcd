import { isRating, type Era, type NativeRating } from './native';

/**
 * Era per commitment from the design ratings actually filled (irm-methodology.md §1); the year
 * decides only when neither scale holds a rating.
 */
export function detectEra(
  ratings: {
    potential_results?: NativeRating;
    specificity?: NativeRating;
    potential_impact?: NativeRating;
  },
  yearSubmission: number | null,
): { era: Era | null; rule: string } {
  if (isRating(ratings.potential_results))
    return { era: 'refresh', rule: 'Potential for Results is rated' };
  if (isRating(ratings.specificity) || isRating(ratings.potential_impact)) {
    return { era: 'pre2020', rule: 'Specificity or Potential Impact is rated' };
  }
  if (yearSubmission === null)
    return { era: null, rule: 'no design rating and no submission year' };
  return yearSubmission >= 2020
    ? { era: 'refresh', rule: 'no design rating; submitted 2020 or later' }
    : { era: 'pre2020', rule: 'no design rating; submitted before 2020' };
}
