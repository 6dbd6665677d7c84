import { describe, expect, it } from 'vitest';
import { latestOnly } from './latestOnly';

describe('latestOnly', () => {
  it('keeps only the request started last current', () => {
    const requests = latestOnly();
    const first = requests.start();
    expect(first.current()).toBe(true);

    const second = requests.start();
    expect(first.current()).toBe(false);
    expect(second.current()).toBe(true);
  });

  it('drops every request in flight on cancel', () => {
    const requests = latestOnly();
    const pending = requests.start();
    requests.cancel();
    expect(pending.current()).toBe(false);
    expect(requests.start().current()).toBe(true);
  });

  it('keeps separate guards apart', () => {
    const list = latestOnly();
    const lookup = latestOnly();
    const listRequest = list.start();
    lookup.start();
    expect(listRequest.current()).toBe(true);
  });
});
