// date-chinese ships type declarations (types/index.d.ts, an ambient `declare module`) but its
// package.json "exports" does not point at them, so TypeScript cannot find them on its own.
/// <reference path="../../node_modules/date-chinese/types/index.d.ts" />
