import Papa from 'papaparse';

/**
 * CSV for a spreadsheet: every export in the app writes through here. A cell that starts with
 * = + - @ (or a tab or carriage return) is escaped, so a name or answer typed as a formula stays
 * text when the file is opened in Excel or Sheets.
 */
export function toCsv(fields: string[], rows: Array<Array<string | number>>): string {
  return `${Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\n' })}\n`;
}

/** Offer a text file for download in the browser. */
export function download(name: string, type: string, text: string) {
  const a = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([text], { type })),
    download: name,
  });
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
