import { useRef } from 'react';

/**
 * A button that opens the browser's file picker for one JSON file (a backup, a library file) and
 * hands the chosen file on; picking the same file again works (the input is cleared each time).
 */
export function JsonFilePicker({
  label,
  fileLabel,
  onFile,
}: {
  label: string;
  /** The hidden input's accessible name. */
  fileLabel: string;
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={fileLabel}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
    </>
  );
}
