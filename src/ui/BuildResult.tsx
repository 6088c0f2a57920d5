import type { BuildReport } from '../index';

type BuildResultProps = { report: BuildReport; cancelled: boolean };

export function BuildResult({ report, cancelled }: BuildResultProps) {
  const frames = Object.keys(report.frames).length + Object.keys(report.extraFrames).length;
  return (
    <div class="action-result action-result-success" role="status">
      <p class="p-small action-result-title">
        {cancelled ? 'Build stopped early — run Build again to complete it.' : 'Accelerate board is ready.'}
      </p>
      <dl class="result-figures">
        <div>
          <dt>Frames</dt>
          <dd>{frames}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{report.created}</dd>
        </div>
        <div>
          <dt>Reused</dt>
          <dd>{report.reused}</dd>
        </div>
      </dl>
    </div>
  );
}
