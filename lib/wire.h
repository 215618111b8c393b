/*
 * wire.h -- things every wire program shares: exit codes and version.
 */
#ifndef WIRE_H
#define WIRE_H

#define WIRE_VERSION "0.1.0"

/* Exit codes, documented under EXIT STATUS in every manual page. */
enum wire_exit {
	WIRE_OK = 0,		/* success */
	WIRE_ERROR = 1,		/* bad input, I/O error, malformed record */
	WIRE_USAGE = 2		/* bad option or operand */
};

#endif
