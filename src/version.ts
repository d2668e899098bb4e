/** Tool identity, kept in one place (matches package.json; a unit test keeps them equal). */
export const TOOL_NAME = 'Guardian';
export const TOOL_VERSION = '0.1.0';
