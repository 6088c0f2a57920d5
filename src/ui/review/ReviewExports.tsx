import type { ExportFile } from '../../export/exportFiles';
import type { DownloadText } from '../downloadText';

type ReviewExportsProps = { files: readonly ExportFile[]; download: DownloadText };

/** One button per export of the review; each hands its text to `download`. */
export function ReviewExports({ files, download }: ReviewExportsProps) {
  return (
    <div class="review-exports" role="group" aria-label="Export the review">
      <p class="p-small review-exports-title">Export</p>
      <div class="action-row review-export-buttons">
        {files.map((file) => (
          <button
            key={file.id}
            type="button"
            class="button button-tertiary button-small"
            title={file.filename}
            onClick={() => download(file.filename, file.text)}
          >
            {file.label}
          </button>
        ))}
      </div>
    </div>
  );
}
