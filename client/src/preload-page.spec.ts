import { describe, expect, it, vi } from 'vitest';
import { preloadPageCode } from './preload-page.js';

describe('preloadPageCode', () => {
  it("starts each lazy component's loader and leaves components and functional ones alone", () => {
    const lazy = vi.fn(() => Promise.resolve({}));
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    const functional = Object.assign(vi.fn(), { props: ['title'] });
    preloadPageCode({
      matched: [
        { components: { default: lazy, aside: { name: 'Loaded' } } },
        { components: { default: functional, extra: failing } },
        { components: null },
      ],
    });
    expect(lazy).toHaveBeenCalledOnce();
    expect(failing).toHaveBeenCalledOnce();
    expect(functional).not.toHaveBeenCalled();
  });
});
