/** What a clock in a time zone shows, for the date formatting of both Sheets cells and Utilities.formatDate. */

/** The fields of `date` in `timeZone` as Intl gives them: two-digit, 24-hour, the weekday's English name. */
export function wallClock(date: Date, timeZone: string): Record<string, string> {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'long',
    hourCycle: 'h23',
  });
  const fields: Record<string, string> = {};
  for (const part of f.formatToParts(date)) if (part.type !== 'literal') fields[part.type] = part.value;
  return fields;
}
