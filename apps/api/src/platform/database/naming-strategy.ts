import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';
import { snakeCase } from 'typeorm/util/StringUtils';

/**
 * Columns are snake_case in SQL and camelCase in TypeScript: `caseId` is `case_id`, so an
 * entity names a column only where the two differ. Tables keep the names their entities give.
 */
export class SnakeCaseColumns extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]) {
    return customName ?? snakeCase([...prefixes, propertyName].join('_'));
  }
}
