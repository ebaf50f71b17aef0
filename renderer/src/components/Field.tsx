// A labelled input with help text and an inline problem, wired for screen readers.
import { useId, type InputHTMLAttributes } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  help?: string;
  problem?: string | undefined;
  note?: string | undefined;
  value: string;
  onValue: (value: string) => void;
}

export function Field({ label, help, problem, note, value, onValue, id, ...input }: FieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const helpId = `${inputId}-help`;
  const problemId = `${inputId}-problem`;
  const noteId = `${inputId}-note`;
  const describedBy = [problem ? problemId : null, help ? helpId : null, note ? noteId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={problem ? 'field has-problem' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      <input
        {...input}
        id={inputId}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {problem ? (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      ) : null}
      {note ? (
        <p className="field-note" id={noteId}>
          {note}
        </p>
      ) : null}
      {help ? (
        <p className="field-help" id={helpId}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
