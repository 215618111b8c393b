/*
 * wire -- front end: "wire NAME args" runs the filter wire-NAME.
 *
 * Filters are installed next to this program (as git's commands are),
 * so the directory of our own executable is searched first, then PATH.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "wire.h"

static const char help[] =
"usage: wire [-h] [--version] command [argument ...]\n"
"\n"
"Run the wire filter wire-COMMAND with the arguments.  Commands:\n"
"  split                raw documents -> paragraph and sentence records\n"
"  dedupe-boilerplate   drop site chrome and repeated paragraphs\n"
"  tag-entities         add entity records (people, places, ...)\n"
"  extract-quotes       add quote records with speaker and cue\n"
"  join                 records -> plain text paragraphs\n"
"  json                 records -> JSON Lines\n"
"\n"
"Example:  wire split article.txt | wire dedupe-boilerplate | wire join\n"
"See wire(1) and wire(5).\n";

static void __attribute__((noreturn))
usage(void)
{
	fprintf(stderr, "usage: %s [-h] [--version] command [argument ...]\n",
	    getprogname());
	exit(WIRE_USAGE);
}

/* The directory holding this executable, or NULL. */
static char *
self_dir(void)
{
	static char path[PATH_MAX];
	ssize_t n;
	char *slash;

	n = readlink("/proc/self/exe", path, sizeof(path) - 1);
	if (n <= 0)
		return NULL;
	path[n] = '\0';
	if ((slash = strrchr(path, '/')) == NULL)
		return NULL;
	*slash = '\0';
	return path;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	char prog[NAME_MAX + 1], path[PATH_MAX];
	const char *dir;
	int ch;

	/* "+": stop at the command name; its options are its own. */
	while ((ch = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			cli_help(help);
		case 'V':
			cli_version();
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();
	if (argv[0][0] == '\0' || strchr(argv[0], '/') != NULL ||
	    snprintf(prog, sizeof(prog), "wire-%s", argv[0]) >=
	    (int)sizeof(prog)) {
		warnx("%s: not a wire command", argv[0]);
		usage();
	}
	argv[0] = prog;
	if ((dir = self_dir()) != NULL &&
	    snprintf(path, sizeof(path), "%s/%s", dir, prog) <
	    (int)sizeof(path) && access(path, X_OK) == 0) {
		execv(path, argv);
		err(WIRE_ERROR, "%s", path);
	}
	execvp(prog, argv);
	if (errno == ENOENT) {
		warnx("%s: not a wire command (no %s)", argv[0] + 5, prog);
		exit(WIRE_USAGE);
	}
	err(WIRE_ERROR, "%s", prog);
}
