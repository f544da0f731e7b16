/**
 * An outside site's address as a link: the directory and the organizations' pages often give a
 * bare host (`raisingspecialkids.org`), which a browser would read as a path on our own site.
 */
export function outsideHref(site: string): string {
  return /^https?:\/\//i.test(site) ? site : `https://${site}`;
}
