import { nextTick, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { holdFooter } from './footer-hold';

/**
 * Renders a long page in steps, each in a task of its own after the step before it has been laid
 * out and painted (docs/performance.md, "The new-case and case pages"). Rendered at once, such a
 * page kept a phone's main thread busy in one long task, and its largest text waited for all of
 * it. Answers the step shown: 0 until `ready` (without it, at once), 1 as soon as it is, then each
 * next step one frame later up to `last`; the page renders its parts with `v-if="step >= n"`. The
 * shell's footer waits for the last step, or it would show under the first part and be pushed down.
 * `last` is 2 or more: a page of one step has no use for this.
 */
export function useRenderSteps(last: number, ready: () => boolean = () => true): Ref<number> {
  const step = ref(0);
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let releaseFooter: (() => void) | undefined;

  /** A callback before the next frame, then a task after it (without frames, the next task). */
  function afterPaint(run: () => void): void {
    if (typeof requestAnimationFrame === 'function') {
      frame = requestAnimationFrame(() => (timer = setTimeout(run)));
    } else {
      timer = setTimeout(run);
    }
  }
  function next(): void {
    step.value += 1;
    if (step.value < last) afterPaint(next);
    else void nextTick(() => releaseFooter?.());
  }

  const stopWatching = watch(
    ready,
    (isReady) => {
      if (!isReady || releaseFooter) return;
      releaseFooter = holdFooter();
      step.value = 1;
      afterPaint(next);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    stopWatching();
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(timer);
    releaseFooter?.();
  });
  return step;
}
