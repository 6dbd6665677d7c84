// Loaded before every test file (vite.config.ts, test.setupFiles).
//
// happy-dom's Element#toString answers the element's outerHTML; a browser's answers
// "[object HTMLDivElement]". Popper, under Element Plus's tooltips, selects, dropdowns and date
// pickers, calls toString on elements on every position update to tell an element from the
// window, so each call serialized the popper's whole panel: in the pages with a date picker that
// was more than half of the CPU time of their tests. Answer what a browser answers.
Element.prototype.toString = function (this: Element) {
  return `[object ${this.constructor.name}]`;
};
