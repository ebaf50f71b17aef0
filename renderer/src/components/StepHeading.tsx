// Each step's title. It takes focus when the step appears, so keyboard and screen-reader users land
// at the top of the new step instead of on a button that no longer exists.
import { useEffect, useRef } from 'react';

export function StepHeading({ title, lead }: { title: string; lead?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div className="step-heading">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </div>
  );
}
