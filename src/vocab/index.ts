export { normaliseLabel, normaliseHeader } from './normalise-text';
export { SCALES, type ScaleId, type ScaleLevel } from './scales';
export { STATES, STATE_LABELS, STATE_FORMS, type RatingState } from './states';
export { matchLabel, levelLabel, type LabelMatch } from './match-label';
export { METHODOLOGY_RULES, type MethodologyRule } from './crosswalk';
export { STATE_DISPLAY, stateLabel, ratingLabel, isRatingState } from './display';
