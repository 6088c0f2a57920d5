/** Saves text as a file the browser downloads. The panel receives this as a prop so tests can read the text. */
export type DownloadText = (filename: string, text: string) => void;

/** The browser's way: a Blob behind a temporary object URL and a temporary `<a download>`. */
export const downloadText: DownloadText = (filename, text) => {
  const csv = filename.toLowerCase().endsWith('.csv');
  // For CSV, a byte-order mark makes spreadsheet apps read the en dashes and other UTF-8 right.
  const blob = new Blob(csv ? ['\ufeff', text] : [text], { type: `${csv ? 'text/csv' : 'text/plain'};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handed to the browser's download machinery.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
