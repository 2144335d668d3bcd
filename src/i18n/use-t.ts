import { useView } from '../hooks/app-context';
import { translator, type Translator } from './translator';

/** The translator for the language in the URL (`?lang=fr`). */
export function useT(): Translator {
  return translator(useView().lang);
}
