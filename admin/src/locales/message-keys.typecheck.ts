// Checked by `npm run typecheck` only: a message key that the zh-CN file does not define must not
// compile, whichever way a component asks for it.
import { t, useI18n } from '.';

t('common.loading');
// @ts-expect-error: no such message
t('common.noSuchMessage');

export function component(): void {
  const { t: translate } = useI18n();
  // @ts-expect-error: no such message
  translate('cases.inbox.noSuchQueue');
}
