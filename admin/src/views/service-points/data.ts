import type { FormRules } from 'element-plus';
import { SERVICE_POINT_KINDS } from '@gridbridge/shared';
import type { ServicePointFieldsFragment, ServicePointInput, ServicePointKind } from '@/gql/graphql';
import { localized } from '@/locales';
import { maxLengthRule, requiredRule } from '@/utils/form-rules';

export type ServicePoint = ServicePointFieldsFragment;

export const kindLabel = (kind: ServicePointKind) => localized(SERVICE_POINT_KINDS[kind]);

/** Level-1 grids hold a service centre, level-2 grids a station; cells hold none. */
export const SERVICE_POINT_LEVELS = [1, 2] as const;

export const MAX_SERVICES = 30;

export interface ServicePointForm {
  gridId: string;
  name: string;
  address: string;
  phone: string;
  openingHours: string;
  /** One service a line. */
  services: string;
}

export function servicePointForm(point?: ServicePoint | null): ServicePointForm {
  return {
    gridId: point?.gridId ?? '',
    name: point?.name ?? '',
    address: point?.address ?? '',
    phone: point?.phone ?? '',
    openingHours: point?.openingHours ?? '',
    services: point?.services.join('\n') ?? '',
  };
}

export function parseServices(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function toServicePointInput(form: ServicePointForm): ServicePointInput {
  return {
    gridId: form.gridId,
    name: form.name.trim(),
    address: form.address.trim(),
    phone: form.phone.trim(),
    openingHours: form.openingHours.trim(),
    services: parseServices(form.services),
  };
}

export function servicePointRules(
  label: (field: keyof ServicePointForm) => string,
  tooManyServices: string,
): FormRules<ServicePointForm> {
  return {
    gridId: [requiredRule(label('gridId'), 'change')],
    name: [requiredRule(label('name')), maxLengthRule(label('name'), 60)],
    address: [requiredRule(label('address')), maxLengthRule(label('address'), 200)],
    phone: [requiredRule(label('phone')), maxLengthRule(label('phone'), 30)],
    openingHours: [requiredRule(label('openingHours')), maxLengthRule(label('openingHours'), 100)],
    services: [
      {
        trigger: 'blur',
        validator: (_rule, value: string, callback) =>
          callback(parseServices(value ?? '').length > MAX_SERVICES ? new Error(tooManyServices) : undefined),
      },
    ],
  };
}
