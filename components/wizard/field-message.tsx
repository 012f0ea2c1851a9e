/** A step's inline message for one field, announced when it appears; `id` ties it to the field. */
export function FieldMessage({ id, message }: { id?: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-sev-error">
      {message}
    </p>
  );
}
