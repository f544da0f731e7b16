/** People typed one per line (attendees, parties): blank lines and spaces around are dropped. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
