// Checked by `npm run typecheck` only: a message key that the zh-CN file does not define must not
// compile, nor may a key built from a value that can name a missing message.
import { t } from '.';

t('app.name');
// @ts-expect-error: no such message
t('app.noSuchMessage');

export function stepTitle(step: 'report' | 'noSuchStep'): string {
  // @ts-expect-error: `home.steps.noSuchStep.title` does not exist
  return t(`home.steps.${step}.title`);
}
