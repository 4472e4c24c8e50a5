/** The × after an item in a short list (a team's member, a term); `label` says what it removes. */
export function RemoveButton({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="button-secondary" aria-label={label} onClick={onRemove}>
      ×
    </button>
  );
}
