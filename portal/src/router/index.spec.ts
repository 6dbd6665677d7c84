import { describe, expect, it } from 'vitest';
import { START_LOCATION, type RouteLocationNormalized } from 'vue-router';
import { createAppRouter } from './index';

describe('where a page scrolls to', () => {
  const scroll = createAppRouter().options.scrollBehavior!;
  const page = (path: string, hash = '') =>
    ({ ...START_LOCATION, path, fullPath: path + hash, hash }) as RouteLocationNormalized;

  it('leaves the first page of a load where it is (at the top), without laying it out at once', async () => {
    expect(await scroll(page('/cases/new'), START_LOCATION, null)).toBe(false);
  });

  it('goes to the top of every later page, back to a saved position, or to an anchor', async () => {
    expect(await scroll(page('/cases/new'), page('/'), null)).toEqual({ top: 0 });
    expect(await scroll(page('/cases'), page('/cases/c1'), { left: 0, top: 480 })).toEqual({
      left: 0,
      top: 480,
    });
    expect(await scroll(page('/', '#main'), START_LOCATION, null)).toEqual({ el: '#main' });
  });
});
