// The kinds of register there are. What each kind is lives in registerKinds.ts; this list has no
// imports, so the schemas of settings, baselines and remembered mappings can all use it.
export const REGISTER_KINDS = ["risk", "issue", "action"] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
