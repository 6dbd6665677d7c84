import { SetMetadata } from '@nestjs/common';
import type { PermissionName } from '@gridbridge/shared';

/** Anyone, signed in or not. */
export const PUBLIC = 'PUBLIC';
/** Any signed-in user of the API being called. */
export const SIGNED_IN = 'SIGNED_IN';

/** A named permission of `PERMISSIONS` (shared), or one of the two openings above. */
export type Permission = PermissionName | typeof PUBLIC | typeof SIGNED_IN;

export const ALLOW_KEY = 'gridbridge:allow';
export const DURING_PASSWORD_CHANGE_KEY = 'gridbridge:during-password-change';

/**
 * Declares who may call a resolver: any one of the permissions suffices. It only sets metadata; the global AuthGuard enforces it and
 * refuses any operation that declares nothing.
 */
export const Allow = (...permissions: Permission[]) => SetMetadata(ALLOW_KEY, permissions);

/** Marks the few operations a user may call before changing an administrator-set password. */
export const AllowedDuringPasswordChange = () => SetMetadata(DURING_PASSWORD_CHANGE_KEY, true);
