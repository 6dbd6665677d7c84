import { i18n } from '@/locales';

/** Translates outside a component (labels and rules are built in plain functions). */
export const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);
