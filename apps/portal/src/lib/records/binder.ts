/** The evidence binder's choices, kept in the page's address so the page works without JS. */

/** What the API can bind: PDFs page for page, PNG and JPEG images onto a page. */
export function bindable(contentType: string): boolean {
  return (
    contentType === 'application/pdf' || contentType === 'image/png' || contentType === 'image/jpeg'
  );
}

/**
 * Applies a move button's value, `<id>:up` or `<id>:down`, to the chosen ids; anything else
 * leaves the order as it is.
 */
export function applyMove(ids: readonly string[], move: string | null): string[] {
  const order = [...ids];
  const match = /^(.+):(up|down)$/.exec(move ?? '');
  if (!match) return order;
  const index = order.indexOf(match[1] ?? '');
  const target = match[2] === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= order.length) return order;
  [order[index], order[target]] = [order[target] as string, order[index] as string];
  return order;
}

/**
 * The chosen documents in the binder's order (unknown and unbindable ids dropped, repeats
 * once), then the others in the list's order.
 */
export function arrangeBinder<T extends { id: string; bindable: boolean }>(
  documents: readonly T[],
  chosenIds: readonly string[],
): { chosen: T[]; others: T[] } {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const chosen: T[] = [];
  for (const id of chosenIds) {
    const document = byId.get(id);
    if (document?.bindable && !chosen.includes(document)) chosen.push(document);
  }
  return { chosen, others: documents.filter((document) => !chosen.includes(document)) };
}

/**
 * Whether a document can go into this binder, and if not, why: its type, or its being
 * Internal (staff only) when the person has not chosen to include internal documents.
 */
export function binderChoice(
  document: { visibility: string; currentVersion: { contentType: string } },
  includeInternal: boolean,
): { bindable: boolean; internal: boolean; blocked: 'type' | 'internal' | null } {
  const internal = document.visibility === 'INTERNAL';
  const blocked = !bindable(document.currentVersion.contentType)
    ? 'type'
    : internal && !includeInternal
      ? 'internal'
      : null;
  return { bindable: blocked === null, internal, blocked };
}

/** The portal's address of the binder PDF (the proxy to the API). */
export function binderHref(
  proceedingId: string,
  documentIds: readonly string[],
  lang: string,
  includeInternal = false,
) {
  const query = new URLSearchParams({
    documents: documentIds.join(','),
    lang,
    includeInternal: String(includeInternal),
  });
  return `/api/proceedings/${encodeURIComponent(proceedingId)}/binder.pdf?${query.toString()}`;
}
