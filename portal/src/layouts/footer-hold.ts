import { computed, ref } from 'vue';

/**
 * The shell's footer sits right under the page. While the first page still loads its content (a
 * loading state shows, PageState) or renders it in steps (render-steps.ts), the footer would be
 * pushed down when the content comes, a layout shift that Lighthouse counts; so it waits until
 * nothing holds it, once: afterwards it stays, whatever loads.
 */
const holds = ref(0);

/** Holds the footer back until the returned function is called. */
export function holdFooter(): () => void {
  holds.value += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds.value -= 1;
  };
}

export const footerHeld = computed(() => holds.value > 0);
