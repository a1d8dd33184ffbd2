/** A start-up failure with a message meant for the operator, printed as one line. */
export class StartupError extends Error {}
