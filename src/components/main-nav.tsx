"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "./ui/cn";

export type NavItem = { href: string; label: string };

export const MainNav = ({ items, label }: { items: NavItem[]; label: string }) => {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          // The most specific item wins: /suppliers/map is "Map", not "Suppliers".
          const isCurrent =
            item.href === "/"
              ? pathname === "/"
              : (pathname === item.href || pathname.startsWith(`${item.href}/`)) &&
                !items.some(
                  (other) =>
                    other.href.length > item.href.length &&
                    other.href.startsWith(item.href) &&
                    pathname.startsWith(other.href),
                );
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100",
                  isCurrent && "bg-teal-50 text-teal-900",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
