import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../config/config';
import type { RequestContext } from '../context/request-context';
import { UnitOfWork } from '../database/unit-of-work';
import { ORPHANED_TYPES } from './build-schema';
import { formatGraphQLError } from './format-error';
import { graphqlOverHttpPlugin } from './graphql-over-http.plugin';
import { inputGuardPlugin } from './input-guard.plugin';
import type { GraphQLContext } from './graphql-context';
import { ResolverErrorsFilter } from './resolver-errors.filter';
import { unitOfWorkPlugin } from './unit-of-work.plugin';

/**
 * Apollo Server with every security-relevant setting explicit: CSRF prevention on, batching
 * off, depth / cost / alias / token limits on every operation (GraphQL Armor), no stack
 * traces in responses ever, and introspection off in production. Argument text the database
 * cannot keep is refused up front (input-guard.plugin.ts), and request errors answer the
 * GraphQL over HTTP specification's status codes (graphql-over-http.plugin.ts).
 */
@Module({})
export class GraphQLModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GraphQLModule,
      imports: [
        NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [UnitOfWork, PinoLogger],
          useFactory: (unitOfWork: UnitOfWork, logger: PinoLogger): ApolloDriverConfig => {
            const armor = new ApolloArmor({
              maxDepth: { n: config.graphql.maxDepth },
              costLimit: { maxCost: config.graphql.maxCost },
              maxAliases: { n: config.graphql.maxAliases },
              // Armor's token limit parses the document again in a plugin hook, where every
              // syntax error it meets becomes an HTTP 500; graphql-js counts tokens in the
              // parse Apollo does itself (parseOptions below), whose errors are the client's.
              maxTokens: { enabled: false },
              maxDirectives: { n: 20 },
              blockFieldSuggestion: { enabled: config.production },
            }).protect();
            const report = (error: unknown) =>
              logger.error({ err: error }, 'unhandled GraphQL error');
            return {
              path: '/graphql',
              autoSchemaFile: true,
              buildSchemaOptions: { orphanedTypes: ORPHANED_TYPES },
              sortSchema: true,
              playground: false,
              csrfPrevention: true,
              allowBatchedHttpRequests: false,
              introspection: !config.production,
              includeStacktraceInErrorResponses: false,
              parseOptions: { maxTokens: config.graphql.maxTokens },
              plugins: [
                // No response is cached by hints; the plugin's per-field hook cost about 1 % of
                // the CPU of a long list (issue 16's profile of my deadlines).
                ApolloServerPluginCacheControlDisabled(),
                ...armor.plugins,
                inputGuardPlugin(),
                graphqlOverHttpPlugin(),
                unitOfWorkPlugin(unitOfWork, report),
              ],
              validationRules: armor.validationRules,
              context: ({
                req,
                res,
              }: {
                req: Request & { continuum: RequestContext };
                res: Response;
              }): GraphQLContext => ({
                req,
                res,
                ctx: req.continuum,
              }),
              formatError: (formatted, error) => formatGraphQLError(formatted, error, report),
            };
          },
        }),
      ],
      providers: [{ provide: APP_FILTER, useClass: ResolverErrorsFilter }],
    };
  }
}
