"use client";

import { useEffect, useId, useRef, useState } from "react";

import { Input } from "./field";

/**
 * A labelled search field that reports what was typed after a short pause (and at once on
 * Enter), so lists filter as the user types without a request per keystroke.
 */
export const SearchBox = ({
  label,
  value,
  onSearch,
  placeholder,
  delayMs = 300,
  className,
}: {
  label: string;
  value: string;
  onSearch: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
  className?: string;
}) => {
  const id = useId();
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Follow the value when it changes from outside (Back button, "clear filters").
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const report = (next: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onSearch(next), delay);
  };

  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <Input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          setText(event.target.value);
          report(event.target.value, delayMs);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            report(text, 0);
          }
        }}
        className="mt-1"
      />
    </div>
  );
};
