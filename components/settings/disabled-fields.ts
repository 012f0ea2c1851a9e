/** Fields inside a disabled fieldset look disabled too (the shared Field has no disabled style). */
export const DISABLED_FIELDS = "[&_:is(input,select,textarea):disabled]:bg-slate-50 [&_:is(input,select,textarea):disabled]:text-slate-600";
