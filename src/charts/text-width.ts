import { getWidth } from 'zrender/lib/contain/text.js';
import { truncateText } from 'zrender/lib/graphic/helper/parseText.js';
import { FONT } from './chart-frame';

/*
 * Text measured as ECharts measures it (zrender's cached canvas measureText; in Node, its
 * per-character estimate). Charts with a fixed label column use it to size or shorten their
 * axis labels themselves, so ECharts need not lay every label out twice on each redraw to fit
 * the grid around them (`outerBoundsMode: 'none'`).
 */

/** The font string ECharts builds for a label of this size and weight (its text cache key). */
export function labelFont(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT}`;
}

export function textWidth(text: string, font: string): number {
  return getWidth(text, font);
}

/** `text` as is when it fits `width` px, else shortened with an ellipsis to fit. */
export function fitText(text: string, width: number, font: string): string {
  return getWidth(text, font) <= width ? text : truncateText(text, width, font, '…');
}
