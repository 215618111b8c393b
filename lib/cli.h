/*
 * cli.h -- option handling every wire program shares.
 */
#ifndef CLI_H
#define CLI_H

/* Long options every program takes; 'h' and 'V' in getopt_long. */
#define CLI_COMMON_LONGOPTS			\
	{ "help",	no_argument, NULL, 'h' },	\
	{ "version",	no_argument, NULL, 'V' }

/* Print "wire-NAME VERSION" to stdout and exit 0. */
void	cli_version(void) __attribute__((noreturn));

/* Print help text to stdout (for -h) and exit 0, checking the write. */
void	cli_help(const char *text) __attribute__((noreturn));

#endif
