import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, visit, type DefinitionNode, type DocumentNode } from 'graphql';
import { findRepoRoot } from '../platform/config/repo-root';

/**
 * The portal's own GraphQL operations, read from its .graphql files, for the load benchmark
 * and the statement-count tests: they measure what the portal sends, not a stand-in.
 */
/** Every definition of the portal's .graphql files (operations and fragments), by name. */
export function portalDefinitions(): Map<string, DefinitionNode> {
  const root = join(findRepoRoot(), 'apps/portal/src/lib/graphql');
  const definitions = new Map<string, DefinitionNode>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.graphql'))
        for (const d of parse(readFileSync(path, 'utf8')).definitions)
          if ('name' in d && d.name) definitions.set(d.name.value, d);
    }
  };
  walk(root);
  return definitions;
}

/** The portal's operation `name` with the fragments it uses, as the portal sends it. */
export function portalOperation(definitions: Map<string, DefinitionNode>, name: string): string {
  const root = definitions.get(name);
  if (!root) throw new Error(`the portal has no operation ${name}`);
  const needed = new Map<string, DefinitionNode>([[name, root]]);
  const queue = [root];
  while (queue.length) {
    visit(queue.pop()!, {
      FragmentSpread(node) {
        const fragment = definitions.get(node.name.value);
        if (fragment && !needed.has(node.name.value)) {
          needed.set(node.name.value, fragment);
          queue.push(fragment);
        }
      },
    });
  }
  return print({ kind: 'Document', definitions: [...needed.values()] } as DocumentNode);
}
