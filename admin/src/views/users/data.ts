import type { FormRules } from 'element-plus';
import { can, ROLES, type Role } from '@gridbridge/shared';
import type { NewUserInput, UserFieldsFragment, UserInput } from '@/gql/graphql';
import {
  maxLengthRule,
  mobileRule,
  passwordRule,
  requiredListRule,
  requiredRule,
  ruleMessage,
} from '@/utils/form-rules';

export type User = UserFieldsFragment;

export const PAGE_SIZE = 20;

/** Department handlers and leaders see only their department's cases, so they must name one. */
export const needsDepartment = (roles: readonly Role[]) => can(roles, 'case.handle');
/** A grid head serves one grid and its sub-grids. */
export const needsGrid = (roles: readonly Role[]) => roles.includes('GRID_HEAD');

/**
 * The roles an administrator hands out. Enterprise accounts come from registration and the
 * office's verification, so ENTERPRISE is offered only to keep it on a user who already holds it.
 */
export function assignableRoles(current: readonly Role[] = []): Role[] {
  return ROLES.filter((role) => role !== 'ENTERPRISE' || current.includes('ENTERPRISE'));
}

export interface UserForm {
  username: string;
  displayName: string;
  mobile: string;
  email: string;
  roles: Role[];
  departmentId: string;
  gridId: string;
  password: string;
}

export function userForm(user?: User | null): UserForm {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    mobile: user?.mobile ?? '',
    email: user?.email ?? '',
    roles: [...(user?.roles ?? [])],
    departmentId: user?.departmentId ?? '',
    gridId: user?.gridId ?? '',
    password: '',
  };
}

/** The form as `updateUser` takes it: an organisation only where a role needs it. */
export function toUserInput(form: UserForm, enterpriseId: string | null = null): UserInput {
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    mobile: form.mobile.trim() || null,
    email: form.email.trim() || null,
    roles: form.roles,
    departmentId: needsDepartment(form.roles) ? form.departmentId || null : null,
    gridId: needsGrid(form.roles) ? form.gridId || null : null,
    enterpriseId: form.roles.includes('ENTERPRISE') ? enterpriseId : null,
  };
}

export function toNewUserInput(form: UserForm): NewUserInput {
  return { ...toUserInput(form), password: form.password };
}

type FieldLabel = (field: keyof UserForm) => string;

export function userRules(label: FieldLabel, creating: boolean, roles: readonly Role[]): FormRules<UserForm> {
  return {
    username: [requiredRule(label('username')), maxLengthRule(label('username'), 40)],
    displayName: [requiredRule(label('displayName')), maxLengthRule(label('displayName'), 30)],
    mobile: [mobileRule(label('mobile'))],
    email: [{ type: 'email', trigger: 'blur', message: ruleMessage('invalid', label('email')) }],
    roles: [requiredListRule(label('roles'))],
    departmentId: needsDepartment(roles) ? [requiredRule(label('departmentId'), 'change')] : [],
    gridId: needsGrid(roles) ? [requiredRule(label('gridId'), 'change')] : [],
    password: creating ? [requiredRule(label('password')), passwordRule(label('password'))] : [],
  };
}

export interface ResetForm {
  password: string;
}

export function resetRules(label: string): FormRules<ResetForm> {
  return { password: [requiredRule(label), passwordRule(label)] };
}
