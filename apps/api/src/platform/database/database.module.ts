import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source';
import { OrganizationFactsReader } from '../tenancy/organization-facts';
import { UnitOfWork } from './unit-of-work';

/** The application role's connection pool, the only one that serves requests. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(appUrl: string, poolSize: number): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(appUrl, 'continuum-api', poolSize),
          retryAttempts: 0,
        }),
      ],
      providers: [UnitOfWork, OrganizationFactsReader],
      exports: [UnitOfWork, OrganizationFactsReader],
    };
  }
}
