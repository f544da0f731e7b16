export const RULES_PACKAGE = '@continuum/rules';
