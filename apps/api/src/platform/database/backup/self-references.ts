/**
 * A foreign key from a table to itself (a proceeding event correcting an earlier one) is
 * checked row by row as the restore inserts, and only a superuser may switch it off; so the
 * backup writes such a table's rows parents first. Each key is [referencing columns,
 * referenced columns]; lines are rows as JSON.
 */
export function orderSelfReferences(lines: string[], selfKeys: [string[], string[]][]): string[] {
  const rows = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const keyOf = (row: Record<string, unknown>, columns: string[]) =>
    columns.some((c) => row[c] === null || row[c] === undefined)
      ? null
      : JSON.stringify(columns.map((c) => row[c]));
  const byKey = selfKeys.map(([, targets]) => {
    const index = new Map<string, number>();
    rows.forEach((row, i) => {
      const key = keyOf(row, targets);
      if (key) index.set(key, i);
    });
    return index;
  });
  const done = new Set<number>();
  const order: number[] = [];
  const visit = (i: number, depth: number) => {
    if (done.has(i) || depth > rows.length) return;
    done.add(i);
    selfKeys.forEach(([columns], k) => {
      const key = keyOf(rows[i]!, columns);
      const parent = key ? byKey[k]!.get(key) : undefined;
      if (parent !== undefined && parent !== i) visit(parent, depth + 1);
    });
    order.push(i);
  };
  rows.forEach((_, i) => visit(i, 0));
  return order.map((i) => lines[i]!);
}
