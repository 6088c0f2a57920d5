type ActionMessageProps = { message: string; tone: 'error' | 'info' };

export function ActionMessage({ message, tone }: ActionMessageProps) {
  return (
    <div class={`action-result action-result-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p class="p-small">{message}</p>
    </div>
  );
}
