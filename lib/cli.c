#include <err.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "wire.h"

static void __attribute__((noreturn))
finish(void)
{
	if (fflush(stdout) == EOF || ferror(stdout))
		err(WIRE_ERROR, "stdout");
	exit(WIRE_OK);
}

void
cli_version(void)
{
	printf("%s %s\n", getprogname(), WIRE_VERSION);
	finish();
}

void
cli_help(const char *text)
{
	fputs(text, stdout);
	finish();
}
