/** The look of every profile-menu row (Radix marks the highlighted and disabled ones). */
export const MENU_ITEM =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 outline-none data-highlighted:bg-slate-100 data-disabled:cursor-not-allowed data-disabled:text-slate-500";
