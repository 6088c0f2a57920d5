import { summaryRowsOf } from './resultSummary';

type ResultSummaryProps = { title: string; result: unknown };

export function ResultSummary({ title, result }: ResultSummaryProps) {
  const rows = summaryRowsOf(result);
  return (
    <div class="action-result action-result-success" role="status">
      <p class="p-small action-result-title">{title}</p>
      {rows.length > 0 ? (
        <dl class="result-rows">
          {rows.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
