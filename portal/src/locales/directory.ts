import {
  ENTERPRISE_SCALES,
  ENTERPRISE_STATUSES,
  INDUSTRY_SECTIONS,
  SERVICE_POINT_KINDS,
  type EnterpriseScale,
  type EnterpriseStatus,
  type IndustrySection,
  type ServicePointKind,
} from '@gridbridge/shared';
import { localized } from '.';

/*
 * Names of the directory's codes (industry sections, scales, …) in the current UI language.
 * The labels live in @gridbridge/shared so that the portal, the admin app and exports agree.
 */

export interface Option<T extends string> {
  value: T;
  label: string;
}

function optionsOf<T extends string>(labels: Readonly<Record<T, Readonly<Record<'zh-CN' | 'en', string>>>>) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: localized(labels[value]) }));
}

export function industryLabel(code: IndustrySection): string {
  return localized(INDUSTRY_SECTIONS[code]);
}

export function scaleLabel(code: EnterpriseScale): string {
  return localized(ENTERPRISE_SCALES[code]);
}

export function enterpriseStatusLabel(code: EnterpriseStatus): string {
  return localized(ENTERPRISE_STATUSES[code]);
}

export function servicePointKindLabel(code: ServicePointKind): string {
  return localized(SERVICE_POINT_KINDS[code]);
}

/** GB/T 4754 sections, each with its letter so that people who know the code find it. */
export function industryOptions(): Option<IndustrySection>[] {
  return optionsOf(INDUSTRY_SECTIONS).map(({ value, label }) => ({ value, label: `${value} ${label}` }));
}

export function scaleOptions(): Option<EnterpriseScale>[] {
  return optionsOf(ENTERPRISE_SCALES);
}

export function enterpriseStatusOptions(): Option<EnterpriseStatus>[] {
  return optionsOf(ENTERPRISE_STATUSES);
}

/** A grid path (level-1 grid first) as one line. */
export function gridPathText(path: readonly string[]): string {
  return path.join(' / ');
}
