import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConfigModule } from './config/config.module.js';
import { Env } from './config/env.js';
import type { Clock } from './common/clock.js';
import { AuthGuard } from './common/auth.guard.js';
import { AppErrorFilter } from './common/error.filter.js';
import { validationPipe } from './common/validation.js';
import { dataSourceOptions } from './database/data-source.js';
import { AdminApiModule, PortalApiModule } from './graphql/apis.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { InfrastructureModule } from './common/infrastructure.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { SessionService } from './modules/auth/session.service.js';
import { HealthModule } from './modules/health/health.module.js';

@Module({})
export class AppModule {
  static forRoot(env: Env, databaseUrl: string, clock?: Clock): DynamicModule {
    const api = (app: 'PORTAL' | 'ADMIN', module: typeof PortalApiModule) =>
      GraphQLModule.forRootAsync<ApolloDriverConfig>({
        driver: ApolloDriver,
        imports: [AuthModule],
        inject: [Env, SessionService, DataSource],
        useFactory: (config: Env, sessions: SessionService, db: DataSource) =>
          graphqlOptions(app, [module], config, sessions, db),
      });
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env, clock),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        InfrastructureModule,
        HealthModule,
        PortalApiModule,
        AdminApiModule,
        api('PORTAL', PortalApiModule),
        api('ADMIN', AdminApiModule),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_PIPE, useValue: validationPipe },
      ],
    };
  }
}
