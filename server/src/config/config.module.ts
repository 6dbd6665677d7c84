import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock, SystemClock } from '../common/clock.js';
import { Env } from './env.js';

/** Makes the validated environment injectable as `Env`, and the one clock as `Clock`, everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Env, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: Env, useValue: env },
        { provide: Clock, useValue: clock },
      ],
      exports: [Env, Clock],
    };
  }
}
