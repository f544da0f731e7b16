/**
 * Addresses of the public pages built beside the home page (issue 14), as plain paths until
 * their routes exist, so `resolve()` can check them once they do. Kept apart from
 * `get-help.ts`, which imports the rules package: a page importing a path from there would
 * ship the whole rules package to the browser (about 50 kB gzip).
 */
export const GUIDE_PATH = '/guide';
export const GUIDES_PATH = '/guides';
export const PARENT_CENTERS_PATH = '/parent-centers';
