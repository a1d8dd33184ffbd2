// Types for BSI's @secvisogram/csaf-validator-lib (plain JavaScript, ESM), as the tests use it.
declare module '@secvisogram/csaf-validator-lib/validateStrict.js' {
  type Result = {
    isValid: boolean;
    tests: { name: string; isValid: boolean; errors: { message: string; instancePath: string }[] }[];
  };
  export default function validateStrict(tests: ((doc: unknown) => unknown)[], document: unknown): Promise<Result>;
}
declare module '@secvisogram/csaf-validator-lib/mandatoryTests.js' {
  const tests: Record<string, (doc: unknown) => unknown>;
  export = tests;
}
declare module '@secvisogram/csaf-validator-lib/schemaTests.js' {
  export const csaf_2_0_strict: (doc: unknown) => unknown;
  export const csaf_2_0: (doc: unknown) => unknown;
}
