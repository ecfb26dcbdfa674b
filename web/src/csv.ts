/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends; a BOM so spreadsheet programs read UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (fields: readonly string[]) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
