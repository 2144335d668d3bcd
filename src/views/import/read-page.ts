import type { ImportedPage } from '../../ingest';
import { importPage } from '../../page-import';

/** A saved web page is far below this; anything larger is not one (as the CLI). */
export const MAX_PAGE_BYTES = 20 * 2 ** 20;
export const PAGE_ACCEPT = '.txt,.html,.htm';

export type PageReadProblem =
  { reason: 'tooLarge'; size: number } | { reason: 'binary' } | { reason: 'wrongType' };

export class PageReadError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: PageReadProblem,
  ) {
    super(`${fileName}: ${problem.reason}`);
    this.name = 'PageReadError';
  }
}

/** Bytes of a saved page → text: UTF-16 by its BOM, UTF-8, else Windows-1252 (older tools). */
export function decodePage(name: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new PageReadError(name, { reason: 'binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A page's text → what the parser reads. HTML (a saved .html page, or markup pasted) is turned
 * into text by the parser's own scanner, once: nothing is ever put into the DOM.
 */
export function readPageText(name: string, text: string): ImportedPage {
  return { name, result: importPage(text) };
}

export async function readPageFile(file: File): Promise<ImportedPage> {
  if (!/\.(txt|html?)$/i.test(file.name))
    throw new PageReadError(file.name, { reason: 'wrongType' });
  if (file.size > MAX_PAGE_BYTES)
    throw new PageReadError(file.name, {
      reason: 'tooLarge',
      size: Math.ceil(file.size / 2 ** 20),
    });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return readPageText(file.name, decodePage(file.name, bytes));
}
