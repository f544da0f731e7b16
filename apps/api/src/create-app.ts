import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { SessionCookie } from './platform/auth/session-cookie';
import type { TimeSource } from './platform/clock/clock';
import type { AppConfig } from './platform/config/config';
import { requestContextMiddleware } from './platform/context/request-context.middleware';
import { UnitOfWork } from './platform/database/unit-of-work';

/** Builds the Nest application (not yet listening): used by main.ts and by the tests. */
export async function createApp(
  config: AppConfig,
  appDatabaseUrl: string,
  time?: TimeSource,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, appDatabaseUrl, time),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      // The API serves JSON only; a strict policy costs nothing.
      contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-site' },
    }),
  );
  app.use(cookieParser());
  app.use(requestContextMiddleware(app.get(UnitOfWork), app.get(SessionCookie).name));
  return app;
}
