/** The two kinds of expected failure of the CLI: each is one line on stderr with exit code 2. */

/** A problem with the command line. */
export class UsageError extends Error {}

/** A problem with the user's files (missing, unreadable, invalid, or an output that would overwrite an input). */
export class InputError extends Error {}
