// A group of radio options with a one-line help each, in the export step's picker style.
import type { ReactNode } from 'react';

export interface Option {
  value: string;
  label: ReactNode;
  help?: ReactNode;
}

export function OptionList(props: {
  name: string;
  legend: string;
  options: Option[];
  value: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="client-picker repair-options">
      <legend>{props.legend}</legend>
      {props.options.map((option) => {
        const helpId = `${props.name}-${option.value}-help`.replace(/[^\w-]/g, '_');
        return (
          <label
            key={option.value}
            className={option.value === props.value ? 'client-option selected' : 'client-option'}
          >
            <input
              type="radio"
              name={props.name}
              value={option.value}
              checked={option.value === props.value}
              aria-describedby={option.help ? helpId : undefined}
              onChange={() => props.onChange(option.value)}
            />
            <span className="repair-option-text">
              <span className="repair-option-label">{option.label}</span>
              {option.help ? (
                <span className="field-help" id={helpId}>
                  {option.help}
                </span>
              ) : null}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
