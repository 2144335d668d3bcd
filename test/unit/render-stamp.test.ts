import { afterEach, describe, expect, it, vi } from 'vitest';
import { stampRendered } from '../../src/ui/render-stamp';

function card(version: string) {
  return { dataset: { version } as Record<string, string> } as unknown as HTMLElement;
}

describe('stampRendered', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stamps the version the card holds when ECharts draws, whoever bound the handler', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const el = card('4');
    // echarts-for-react's first init binds a handler it read before awaiting; the option (and
    // the card's version) changed meanwhile.
    const boundAtInit = () => stampRendered(el);
    el.dataset.version = '5';
    boundAtInit();
    expect(el.dataset.rendered).toBe('5');
    expect(Number(el.dataset.renderedAt)).toBeGreaterThan(0);
    expect(el.dataset.paintedAt).toBeUndefined();
    frames.forEach((f) => f());
    expect(Number(el.dataset.paintedAt)).toBeGreaterThanOrEqual(Number(el.dataset.renderedAt));
  });

  it('keeps the first time a version was drawn, and does nothing without a card or version', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const el = card('7');
    stampRendered(el);
    expect(el.dataset.rendered).toBe('7');
    el.dataset.renderedAt = 'kept';
    stampRendered(el); // an animation frame of the same option
    expect(el.dataset.renderedAt).toBe('kept');
    el.dataset.version = '8';
    stampRendered(el);
    expect(el.dataset.rendered).toBe('8');
    expect(el.dataset.renderedAt).not.toBe('kept');
    const bare = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    stampRendered(bare);
    expect(bare.dataset.rendered).toBeUndefined();
    expect(() => stampRendered(null)).not.toThrow();
  });
});
