import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/config';
import type { RequestContext } from '../context/request-context';
import { redactRequestPath } from '../mail/redact';

/**
 * Structured JSON logs (pino). pino-http binds a child logger per request, so every line a
 * request writes carries its id (`reqId`), the same id the response returns in x-request-id.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    const options: Options = {
      level: config.logLevel,
      genReqId: (req: IncomingMessage & { continuum?: RequestContext }) =>
        req.continuum?.requestId ?? randomUUID(),
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
        remove: true,
      },
      // A calendar feed's URL is its credential, and calendar apps poll it all day.
      serializers: {
        req: (req: { url?: string; query?: unknown; params?: unknown }) => ({
          ...req,
          url: req.url === undefined ? undefined : redactRequestPath(req.url),
          query: undefined,
          params: undefined,
        }),
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/health' },
    };
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: config.logStream ? [options, config.logStream] : options,
        }),
      ],
    };
  }
}
