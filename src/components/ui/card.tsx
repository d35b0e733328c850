import type { ComponentProps, ReactNode } from "react";

import { cn } from "./cn";

export const Card = ({ className, ...props }: ComponentProps<"section">) => (
  <section
    className={cn("rounded-lg border border-slate-200 bg-white p-6 shadow-sm", className)}
    {...props}
  />
);

export const CardHeader = ({
  title,
  description,
  actions,
  headingLevel = 2,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 2 | 3;
}) => {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
      <div>
        <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {actions}
    </div>
  );
};
