import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, systemTime, TIME_SOURCE, type TimeSource } from './clock';

/** The clock, everywhere; a test passes its own time source (test/support/clock.ts). */
@Global()
@Module({})
export class ClockModule {
  static forRoot(time: TimeSource = systemTime): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: TIME_SOURCE, useValue: time }, Clock],
      exports: [Clock],
    };
  }
}
