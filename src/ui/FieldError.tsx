type FieldErrorProps = { id: string; message: string | null };

/** A validation message under a form field; mirotone colours `.error .status-text` red. */
export function FieldError({ id, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <div id={id} class="status-text" role="alert">
      {message}
    </div>
  );
}
