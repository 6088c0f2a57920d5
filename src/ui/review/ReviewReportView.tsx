import type { ReviewReport } from '../../actions/generateReview';
import type { DownloadText } from '../downloadText';
import { ReviewExports } from './ReviewExports';
import { ReviewLints } from './ReviewLints';

type ReviewReportViewProps = { report: ReviewReport; download: DownloadText };

/** What the last *Generate review* wrote: the changes on the board, each section's count, the lints and the exports. */
export function ReviewReportView({ report, download }: ReviewReportViewProps) {
  return (
    <>
      <div class="action-result action-result-success" role="status">
        <p class="p-small action-result-title">Generate review: done</p>
        <p class="p-small review-changes">
          Review frame: {report.created} created · {report.updated} updated · {report.removed} removed
        </p>
        {report.pageFrameIds.length > 1 && (
          <p class="p-small review-pages">
            The review is {report.pageFrameIds.length} pages long:{' '}
            {report.pageFrameIds.length === 2 ? 'page 2 is the frame' : 'pages 2 and 3 are the frames'} below the review frame.
          </p>
        )}
        <dl class="result-rows review-sections">
          {report.sections.map((section) => (
            <div key={section.id} data-section={section.id}>
              <dt>{section.title}</dt>
              <dd>{section.count === 0 ? 'nothing captured yet' : String(section.count)}</dd>
            </div>
          ))}
        </dl>
      </div>
      <ReviewLints lints={report.lints} />
      <ReviewExports files={report.exports} download={download} />
    </>
  );
}
