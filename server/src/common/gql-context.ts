import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, Role } from '@gridbridge/shared';
import type { Loaders } from './loaders.js';

/** The signed-in user as every service sees it. `roles` are only those valid on this API. */
export interface Viewer {
  userId: string;
  sessionId: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
  departmentId: string | null;
  gridId: string | null;
  enterpriseId: string | null;
}

export interface GqlContext {
  req: FastifyRequest;
  res: FastifyReply;
  app: App;
  viewer: Viewer | null;
  /** Set when the request carried a session cookie that is no longer valid. */
  sessionExpired: boolean;
  loaders: Loaders;
}
