import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from './gql-context.js';

/** Injects the GraphQL context (viewer, app, loaders, req/res) into a resolver method. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): GqlContext =>
  GqlExecutionContext.create(context).getContext<GqlContext>(),
);
