import { useId, type ComponentProps, type ReactNode } from "react";

import { cn } from "./cn";

const CONTROL =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 " +
  "focus:border-teal-700 focus:outline-2 focus:outline-teal-700/30 disabled:bg-slate-100 " +
  "aria-[invalid=true]:border-red-600";

export const Input = ({ className, ...props }: ComponentProps<"input">) => (
  <input className={cn(CONTROL, "h-10", className)} {...props} />
);

export const Select = ({ className, ...props }: ComponentProps<"select">) => (
  <select className={cn(CONTROL, "h-10 pr-8", className)} {...props} />
);

export const Textarea = ({ className, ...props }: ComponentProps<"textarea">) => (
  <textarea className={cn(CONTROL, className)} {...props} />
);

type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Receives the ids that wire label, hint and error to the control. */
  children: (control: {
    id: string;
    "aria-invalid": boolean;
    "aria-describedby": string | undefined;
  }) => ReactNode;
  className?: string;
};

/** A labelled form control with an optional hint and an error announced to screen readers. */
export const Field = ({ label, hint, error, children, className }: FieldProps) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
};
