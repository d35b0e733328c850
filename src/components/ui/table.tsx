import type { ComponentProps } from "react";

import { cn } from "./cn";

export const Table = ({ className, ...props }: ComponentProps<"table">) => (
  <div className="overflow-x-auto">
    <table className={cn("min-w-full divide-y divide-slate-200 text-sm", className)} {...props} />
  </div>
);

export const Th = ({ className, ...props }: ComponentProps<"th">) => (
  <th
    scope="col"
    className={cn("px-3 py-2 text-left font-semibold whitespace-nowrap text-slate-700", className)}
    {...props}
  />
);

export const Td = ({ className, ...props }: ComponentProps<"td">) => (
  <td className={cn("px-3 py-2 align-top text-slate-800", className)} {...props} />
);
