# wire -- Makefile (GNU make).
#
# Every cmd/NAME.c becomes the program $(B)/bin/wire-NAME (cmd/wire.c is
# the front end, $(B)/bin/wire); every lib/*.c goes into libwire.a.
# B is the build directory: "." for the normal build, build/san for the
# sanitizer build, so both can coexist.

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share/wire
DESTDIR	?=

B	?= .
CC	?= cc
OPT	?= -O2 -g
WARN	 = -Wall -Wextra -Werror -Wmissing-prototypes -Wstrict-prototypes \
	   -Wwrite-strings -Wshadow -Wno-unused-parameter
SAN	?=
CFLAGS	?=
LDFLAGS	?=

# pkg-config runs when a recipe needs the flags, after the dependency
# step has made sure pkg-config and the libraries are there.
PKGS	 = libbsd-overlay libpcre2-8 libutf8proc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE -DLIBBSD_NETBSD_VIS \
	     -DWIRE_DATADIR='"$(DATADIR)"' -Ilib $(PKG_CFLAGS) $(OPT) $(WARN) \
	     $(SAN) $(CFLAGS)
ALL_LIBS   = $(PKG_LIBS) -lm

# Quiet build lines ("CC lib/rec.c"); V=1 shows the commands.
ifeq ($(V),1)
Q	 =
say	 = @true
else
Q	 = @
say	 = @printf '  %-6s %s\n'
endif

LIB_SRC	 = $(wildcard lib/*.c)
LIB_OBJ	 = $(LIB_SRC:lib/%.c=$(B)/obj/lib/%.o)
CMD_SRC	 = $(wildcard cmd/*.c)
FILTERS	 = $(filter-out wire,$(CMD_SRC:cmd/%.c=%))
PROGS	 = $(B)/bin/wire $(FILTERS:%=$(B)/bin/wire-%)
UNIT_SRC = $(wildcard tests/unit/*_test.c)
UNITS	 = $(UNIT_SRC:tests/unit/%.c=$(B)/bin/unit/%)
MANS	 = $(wildcard man/*.1 man/*.5)
DEPS_OK	 = $(B)/obj/.deps-ok

.PHONY: all deps check check-san demo bench eval fuzz lint model install uninstall clean
.SUFFIXES:
# Keep objects between builds (make would delete them as intermediates).
.SECONDARY:

all: $(PROGS)

# The dependency step: installs what the build needs (as root) or
# prints the apt-get line (otherwise).  Reruns when the script changes.
deps: $(DEPS_OK)
$(DEPS_OK): scripts/deps
	@mkdir -p $(@D)
	@sh scripts/deps build
	@touch $@

$(B)/obj/lib/%.o: lib/%.c $(wildcard lib/*.h) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(B)/obj/cmd/%.o: cmd/%.c $(wildcard lib/*.h) | $(DEPS_OK)
	@mkdir -p $(@D)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

# The entity tagger's inner loops (features, the perceptron's scores,
# Viterbi) run 5% faster at -O3 than at -O2 (best of three over the
# 96 MB of make bench); the rest of wire is built at OPT as it is.
NER_OBJ	 = $(B)/obj/lib/ner.o $(B)/obj/lib/ner_gaz.o \
	   $(B)/obj/cmd/tag-entities.o
$(NER_OBJ): OPT := $(patsubst -O2,-O3,$(OPT))

$(B)/obj/libwire.a: $(LIB_OBJ)
	@rm -f $@
	$(say) AR $@
	$(Q)ar rcs $@ $(LIB_OBJ)

$(B)/bin/wire: $(B)/obj/cmd/wire.o $(B)/obj/libwire.a
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/obj/libwire.a $(ALL_LIBS)

$(B)/bin/wire-%: $(B)/obj/cmd/%.o $(B)/obj/libwire.a
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/obj/libwire.a $(ALL_LIBS)

$(B)/bin/unit/%: tests/unit/%.c tests/unit/harness.h $(B)/obj/libwire.a
	@mkdir -p $(@D)
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< \
	    $(B)/obj/libwire.a $(ALL_LIBS)

# make check: unit tests, golden tests, error-path tests, man lint.
# VALGRIND=1 runs every program under valgrind.
check: $(PROGS) $(UNITS)
	@sh scripts/deps check
	@B=$(B) VALGRIND=$(VALGRIND) sh tests/run

# The same tests, built with AddressSanitizer and UBSan.
check-san:
	$(MAKE) B=build/san SAN='-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' OPT='-O1 -g' check

demo: $(PROGS)
	@sh scripts/demo $(B)/bin

bench: $(PROGS)
	@sh scripts/deps bench
	@B=$(B) sh scripts/bench

eval: $(PROGS)
	@B=$(B) sh scripts/eval

# Fuzz every target in tests/fuzz for FUZZ_SECONDS each (clang libFuzzer).
FUZZ_SECONDS ?= 60
fuzz:
	@sh scripts/deps fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) B=build/fuzz sh tests/fuzz/run

# Rebuild the shipped entity model from ../shared (see wire-tag-entities(1)).
model: $(PROGS)
	@B=$(B) sh scripts/train-model

lint:
	@sh scripts/deps check
	mandoc -Tlint -Wwarning $(MANS)

install: $(PROGS)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)
	cp $(PROGS) $(DESTDIR)$(BINDIR)/
	cp man/*.1 $(DESTDIR)$(MANDIR)/man1/
	cp man/*.5 $(DESTDIR)$(MANDIR)/man5/
	if [ -d data ] && [ -n "$$(ls data)" ]; then \
		cp -R data/. $(DESTDIR)$(DATADIR)/; fi

# Each list names installed files only: a pattern that does not match
# must never leave a source path behind for rm.
uninstall:
	rm -f $(patsubst $(B)/bin/%,$(DESTDIR)$(BINDIR)/%,$(PROGS))
	rm -f $(patsubst man/%.1,$(DESTDIR)$(MANDIR)/man1/%.1,$(filter %.1,$(MANS)))
	rm -f $(patsubst man/%.5,$(DESTDIR)$(MANDIR)/man5/%.5,$(filter %.5,$(MANS)))
	rm -rf $(DESTDIR)$(DATADIR)

# A fuzz campaign's corpus, findings and executions counted are kept:
# they are what later campaigns go on from (rm -rf build/fuzz to start over).
clean:
	rm -rf bin obj
	rm -rf $(filter-out build/fuzz,$(wildcard build/*))
	rm -rf $(filter-out build/fuzz/corpus build/fuzz/artifacts \
	    build/fuzz/totals,$(wildcard build/fuzz/*))
