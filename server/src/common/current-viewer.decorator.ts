import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from './app-error.js';
import type { GqlContext, Viewer } from './gql-context.js';

/** The signed-in viewer, never null: the guard has already let only signed-in callers this far,
 * and a resolver that is reached without one (a PUBLIC operation using it by mistake) is refused. */
export function currentViewer(context: GqlContext): Viewer {
  if (!context.viewer) throw new AppError(context.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  return context.viewer;
}

/** Injects the signed-in viewer into a resolver method; UNAUTHENTICATED when there is none. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer =>
  currentViewer(GqlExecutionContext.create(context).getContext<GqlContext>()),
);
