// Loaded before every test file (vite.config.ts, test.setupFiles).
import { afterAll, afterEach } from 'vitest';
import { disableAutoUnmount, enableAutoUnmount } from '@vue/test-utils';
import { setLocale } from '@/locales';

// happy-dom's Element#toString answers the element's outerHTML; a browser's answers
// "[object HTMLDivElement]". Popper, under Element Plus's tooltips, selects, dropdowns and date
// pickers, calls toString on elements on every position update to tell an element from the
// window, so each call serialized the popper's whole panel: in the pages with a date picker that
// was more than half of the CPU time of their tests. Answer what a browser answers.
Element.prototype.toString = function (this: Element) {
  return `[object ${this.constructor.name}]`;
};

// The test files of a worker share one page and one copy of the app's modules (`isolate: false`
// in vite.config.ts), so each test leaves the page as it found it: every component a test
// mounted is unmounted after it, and after each file nothing it teleported (Element Plus's
// poppers and dialogs), stored or switched (the language) is left for the next file.
// enableAutoUnmount refuses a second call, and this file runs again for every test file.
disableAutoUnmount();
enableAutoUnmount(afterEach);
afterAll(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
  setLocale('zh-CN');
  localStorage.clear();
});
