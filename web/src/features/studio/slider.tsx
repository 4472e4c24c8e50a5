import { useId } from 'react';

/** A labelled range input with its value beside it (also read out as the value's text). */
export function Slider({
  label,
  value,
  min,
  max,
  step,
  onValue,
  format = String,
  testId,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onValue: (value: number) => void;
  format?: (value: number) => string;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field slider">
      <label htmlFor={id}>{label}</label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={format(value)}
          data-testid={testId}
          onChange={(e) => onValue(Number(e.target.value))}
        />
        <output htmlFor={id}>{format(value)}</output>
      </div>
    </div>
  );
}
