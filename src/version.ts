/** Tool identity, reported in every report (a test keeps it equal to package.json's version). */
export const TOOL_NAME = 'pypi-stego-scan';
export const TOOL_VERSION = '0.1.0';
