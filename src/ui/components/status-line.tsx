/** The line that tells the reader what just happened, with an action such as Undo. */
import type { Status } from '../popup/use-popup';

export function StatusLine({
  status,
  testid = 'status',
}: {
  status: Status | null;
  testid?: string;
}) {
  return (
    <p
      class={`status${status?.tone === 'error' ? ' status--error' : ''}`}
      data-testid={testid}
      role="status"
      aria-live="polite"
    >
      {status?.text ?? ''}
      {status?.action && (
        <>
          {' '}
          <button
            type="button"
            class="link-button"
            data-testid="status-action"
            onClick={status.action.run}
          >
            {status.action.label}
          </button>
        </>
      )}
    </p>
  );
}
