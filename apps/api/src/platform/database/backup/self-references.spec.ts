import { orderSelfReferences } from './self-references';

describe(orderSelfReferences.name, () => {
  const key: [string[], string[]][] = [
    [
      ['organization_id', 'corrects_event_id'],
      ['organization_id', 'id'],
    ],
  ];
  const row = (id: string, corrects: string | null) =>
    JSON.stringify({ organization_id: 'o', id, corrects_event_id: corrects });

  it('puts every corrected row before the row that corrects it, whatever order they came in', () => {
    const lines = [row('c', 'b'), row('b', 'a'), row('x', null), row('a', null)];
    const ids = orderSelfReferences(lines, key).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toHaveLength(4);
    for (const [child, parent] of [
      ['c', 'b'],
      ['b', 'a'],
    ] as const) {
      expect(ids.indexOf(parent)).toBeLessThan(ids.indexOf(child));
    }
  });

  it('keeps rows that reference a row of another organization or nothing', () => {
    const lines = [
      JSON.stringify({ organization_id: 'p', id: 'y', corrects_event_id: 'a' }),
      row('a', null),
    ];
    expect(orderSelfReferences(lines, key).sort()).toEqual([...lines].sort());
  });
});
