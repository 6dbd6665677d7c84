import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  ALLOW_KEY,
  DURING_PASSWORD_CHANGE_KEY,
  PUBLIC,
  SIGNED_IN,
  type Permission,
} from './allow.decorator.js';
import { can } from '@gridbridge/shared';
import { AppError } from './app-error.js';
import type { GqlContext } from './gql-context.js';

/** The one guard of the server: deny by default, then the permissions each resolver declares. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const allowed = this.reflector.getAllAndOverride<Permission[] | undefined>(ALLOW_KEY, targets);
    if (context.getType<string>() !== 'graphql') {
      // HTTP routes (health) declare PUBLIC like resolvers do.
      return allowed?.includes(PUBLIC) ?? false;
    }
    if (!allowed || allowed.length === 0) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no @Allow: refused`,
      );
      throw new AppError('FORBIDDEN');
    }
    if (allowed.includes(PUBLIC)) return true;
    const gql = GqlExecutionContext.create(context).getContext<GqlContext>();
    const viewer = gql.viewer;
    if (!viewer) throw new AppError(gql.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (
      viewer.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(DURING_PASSWORD_CHANGE_KEY, targets)
    ) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (allowed.includes(SIGNED_IN)) return true;
    const granted = (p: Permission) => p !== PUBLIC && p !== SIGNED_IN && can(viewer.roles, p);
    if (allowed.some(granted)) return true;
    throw new AppError('FORBIDDEN');
  }
}
