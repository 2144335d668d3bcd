import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, PageReadError, readPageText } from '../../src/views/import/read-page';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));

describe('reading a page file for the import view', () => {
  it('reads a saved .html page with the parser’s own HTML scanner', () => {
    const bytes = fixture('en-action-plan.html');
    const page = readPageText('austin.html', decodePage('austin.html', bytes));
    expect(page.name).toBe('austin.html');
    expect(page.result.kind).toBe('action_plan');
    expect(page.result.record).toMatchObject({ plan_id: 'austin-2019-2021', member: 'Austin' });
    // Script and style content never reaches the record or the lines not read.
    expect(JSON.stringify(page.result)).not.toMatch(/alert\(1\)|font-weight/);
  });

  it('decodes UTF-8, UTF-16 by its byte-order mark, and Windows-1252', () => {
    const text = 'Vérifiable : Oui';
    expect(decodePage('a.txt', new TextEncoder().encode(text))).toBe(text);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodePage('b.txt', utf16)).toBe(text);
    const latin = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
    expect(decodePage('c.txt', latin)).toBe(text);
  });

  it('refuses binary content', () => {
    expect(() => decodePage('x.txt', new Uint8Array([0x50, 0x4b, 0, 0]))).toThrow(PageReadError);
  });
});
