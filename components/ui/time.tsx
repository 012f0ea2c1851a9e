"use client";

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** A timestamp shown in the reader's time zone, with the exact UTC instant on hover. */
export function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso} suppressHydrationWarning>
      {formatter.format(new Date(iso))}
    </time>
  );
}
