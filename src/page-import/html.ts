/**
 * A small, safe HTML → text converter: a scanner, not a parser, that never evaluates anything.
 * Comments, <script>, <style> and other raw-text elements are dropped with their content;
 * block-level tags become line breaks; other tags vanish; entities are decoded last, so encoded
 * markup ("&lt;b&gt;") stays text.
 */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'textarea',
  'select',
]);
const BLOCK = new Set(
  (
    'address article aside blockquote br caption dd details div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody ' +
    'td tfoot th thead tr ul'
  ).split(' '),
);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  deg: '°',
  ordm: 'º',
  ordf: 'ª',
  iexcl: '¡',
  iquest: '¿',
  euro: '€',
  copy: '©',
  shy: '\u00ad',
  thinsp: '\u2009',
  oelig: 'œ',
  OElig: 'Œ',
  szlig: 'ß',
};
// Latin-1 letters with accents: &eacute; &Agrave; &ccedil; &ntilde; &uuml; …
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
};

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (
      !Number.isFinite(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return null;
    return String.fromCodePoint(code);
  }
  if (NAMED[name] !== undefined) return NAMED[name];
  const m = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
  if (m?.[1] && m[2]) return (m[1] + (ACCENTS[m[2]] ?? '')).normalize('NFC');
  return null;
}

export function decodeEntities(text: string): string {
  return text.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi,
    (all, name: string) => {
      return decodeEntity(name) ?? all;
    },
  );
}

/** Does this look like HTML (rather than text copied from a page)? */
export function looksLikeHtml(text: string): boolean {
  return /<(!doctype|html|body|div|p|br|h[1-6]|span|li|ul|table|section|article|script|style|a)\b[^>]*>/i.test(
    text,
  );
}

export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  let pre = 0;
  // Line breaks in the source are spaces, except inside <pre>; block tags make the lines.
  const text = (chunk: string) => (pre > 0 ? chunk : chunk.replace(/[ \t\n\r\f]+/g, ' '));
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += text(html.slice(i));
      break;
    }
    out += text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!tag) {
      // "<!doctype …>", "<?xml …?>" are skipped; a lone "<" is text.
      if (/^<[!?]/.test(html.slice(lt, lt + 2))) {
        const end = html.indexOf('>', lt);
        i = end < 0 ? html.length : end + 1;
      } else {
        out += '<';
        i = lt + 1;
      }
      continue;
    }
    const name = (tag[2] ?? '').toLowerCase();
    const end = tagEnd(html, lt);
    if (tag[1] !== '/' && DROP_WITH_CONTENT.has(name)) {
      const close = new RegExp(`<\\s*/\\s*${name}\\b[^>]*>`, 'i');
      const m = close.exec(html.slice(end));
      i = m ? end + m.index + m[0].length : html.length;
      out += '\n';
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (tag[1] === '/' ? -1 : 1));
    if (BLOCK.has(name)) out += '\n';
    i = end;
  }
  return decodeEntities(out)
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** The index just after the ">" closing the tag opened at `lt` (a ">" in a quoted attribute value does not count). */
function tagEnd(html: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < html.length; j++) {
    const ch = html[j];
    if (quote) {
      if (ch === quote) quote = null;
    } else if ((ch === '"' || ch === "'") && /=\s*$/.test(html.slice(Math.max(lt, j - 8), j)))
      quote = ch;
    else if (ch === '>') return j + 1;
  }
  return html.length;
}
