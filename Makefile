# depouille — a Makefile of verbs. `make help` lists them.

CC       ?= cc
BUILD    ?= build
SANITIZE ?=
OPT      ?= -O2
CSTD     := -std=c17
WARN     := -Wall -Wextra -Wpedantic -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wvla
DEPS_CFLAGS := $(shell pkg-config --cflags libutf8proc 2>/dev/null)
DEPS_LIBS   := $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc)
# PDF input (src/layout_pdf.c): poppler-glib is opened when a PDF is read
# (src/pdf_dl.c), by the name the linker would record for it
DEPS_CFLAGS += $(shell pkg-config --cflags poppler-glib 2>/dev/null)
POPPLER_SO  := $(shell objdump -p "$$(pkg-config --variable=libdir poppler-glib 2>/dev/null)/libpoppler-glib.so" 2>/dev/null | awk '/SONAME/ { print $$2 }')
DEPS_CFLAGS += $(if $(POPPLER_SO),-DDP_POPPLER_SO='"$(POPPLER_SO)"')
DEPS_LIBS   += $(shell pkg-config --libs gobject-2.0 2>/dev/null || echo -lgobject-2.0 -lglib-2.0)
# the PDFs the tests make (tests/tools/mkpdf*.c)
CAIRO_LIBS  := $(shell pkg-config --libs cairo 2>/dev/null || echo -lcairo)
# reports: PDF (src/report_pdf*.c, cairo + pango), XLSX (src/report_xlsx.c)
DEPS_CFLAGS += $(shell pkg-config --cflags pangocairo 2>/dev/null)
DEPS_LIBS   += $(shell pkg-config --libs pangocairo 2>/dev/null || echo -lpangocairo-1.0 -lpango-1.0 -lgobject-2.0 -lglib-2.0 -lcairo)
DEPS_CFLAGS += $(shell pkg-config --cflags xlsxwriter 2>/dev/null)
DEPS_LIBS   += $(shell pkg-config --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter -lz)
# Final Draft input and output (src/fdx_*.c)
DEPS_CFLAGS += $(shell pkg-config --cflags libxml-2.0 2>/dev/null)
DEPS_LIBS   += $(shell pkg-config --libs libxml-2.0 2>/dev/null || echo -lxml2)
# projects (src/project_*.c): SQLite
DEPS_CFLAGS += $(shell pkg-config --cflags sqlite3 2>/dev/null)
DEPS_LIBS   += $(shell pkg-config --libs sqlite3 2>/dev/null || echo -lsqlite3)
# the web app (server/): libmicrohttpd
MHD_CFLAGS  := $(shell pkg-config --cflags libmicrohttpd 2>/dev/null)
MHD_LIBS    := $(shell pkg-config --libs libmicrohttpd 2>/dev/null || echo -lmicrohttpd)
CFLAGS   ?= $(OPT) -g
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) $(SANITIZE) -Iinclude -Isrc $(DEPS_CFLAGS) -MMD -MP
LDLIBS   = $(DEPS_LIBS) -lm -pthread

LEXDIR   ?= data/lexicon
LEX_EN   := $(LEXDIR)/en.tsv $(LEXDIR)/en-verbs.tsv $(LEXDIR)/en-stop.tsv $(LEXDIR)/en-plurals.tsv
LEX_FR   := $(LEXDIR)/fr.tsv $(LEXDIR)/fr-verbs.tsv $(LEXDIR)/fr-stop.tsv $(LEXDIR)/fr-plurals.tsv
LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
SERVER_SRC := $(sort $(wildcard server/*.c))
WEB_FILES  := $(sort $(wildcard web/*.html web/*.css web/*.js))
TEST_SRC := $(sort $(wildcard tests/*.c tests/unit/*.c tests/fuzz/*.c)) tests/tools/mkpdf_render.c
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/lexicon_data.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
SERVER_OBJ := $(SERVER_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/web_assets.o
# the server without libmicrohttpd, for the unit tests
SERVER_CORE_OBJ := $(filter-out $(BUILD)/obj/server/http.o,$(SERVER_OBJ))
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

LIB   := $(BUILD)/libdepouille.a
CLI   := $(BUILD)/depouille
BENCH := $(BUILD)/dp-bench
AGREE := $(BUILD)/dp-agree
MKPDF := $(BUILD)/mkpdf
TESTS := $(BUILD)/dp-test
TALENT_GEN := $(BUILD)/dp-talent-gen

SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_TIME ?= 60
FUZZ_TIME_CHECK ?= 20

.PHONY: all deps demo check test asan ubsan leakcheck faultbuild faultcheck fuzzbuild fuzz bench lint lexicon clean help

all: $(LIB) $(CLI) $(BENCH) $(BUILD)/dp-score $(AGREE) $(MKPDF) $(TESTS) $(TALENT_GEN)

help:
	@echo "make            build build/depouille, build/libdepouille.a, build/dp-bench"
	@echo "make demo       install what is missing, build, run the breakdown on the samples"
	@echo "make check      install, build, run every test, then again under ASan+UBSan,"
	@echo "                every allocation made to fail, valgrind, each fuzz target"
	@echo "                FUZZ_TIME_CHECK=$(FUZZ_TIME_CHECK) s"
	@echo "make test       run the tests of the current build"
	@echo "make asan       tests under AddressSanitizer+UBSan (build/asan)"
	@echo "make ubsan      tests under UndefinedBehaviorSanitizer alone (build/ubsan)"
	@echo "make leakcheck  the CLI under valgrind on every golden input and sample"
	@echo "make fuzz       libFuzzer on every untrusted input (fuzz/fuzz_*.c), FUZZ_TIME=$(FUZZ_TIME) s each"
	@echo "make bench      speed beside the peers (fountain-js, afterwriting)"
	@echo "make lint       banned calls in the library, cppcheck"
	@echo "make lexicon    regenerate data/lexicon/en-wordnet.tsv from WordNet 3.0, check the TSVs"

deps:
	@scripts/install-deps.sh

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# the lexicons, compiled into sorted tables (tools/lexgen.c)
$(BUILD)/tools/lexgen: tools/lexgen.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $<

$(BUILD)/gen/lexicon_data.c: $(BUILD)/tools/lexgen $(LEX_EN) $(LEX_FR)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/lexgen $@ en $(LEX_EN) fr $(LEX_FR)

$(BUILD)/obj/gen/lexicon_data.o: $(BUILD)/gen/lexicon_data.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# the page's files, compiled into the binary (tools/embed.c)
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $<

$(BUILD)/gen/web_assets.c: $(BUILD)/tools/embed $(WEB_FILES)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed $@ web $(WEB_FILES)

$(BUILD)/obj/gen/web_assets.o: $(BUILD)/gen/web_assets.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Iserver -c $< -o $@

$(BUILD)/obj/server/%.o: server/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(MHD_CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(CLI): $(CLI_OBJ) $(SERVER_OBJ) $(LIB)
	$(CC) $(SANITIZE) -o $@ $(CLI_OBJ) $(SERVER_OBJ) $(LIB) $(LDLIBS) $(MHD_LIBS)

$(BENCH): $(BUILD)/obj/bench/dp_bench.o $(LIB)
	$(CC) $(SANITIZE) -o $@ $< $(LIB) $(LDLIBS)

$(BUILD)/dp-score: $(BUILD)/obj/bench/gold_score.o $(LIB)
	$(CC) $(SANITIZE) -o $@ $< $(LIB) $(LDLIBS)

$(AGREE): $(BUILD)/obj/bench/dp_agree.o $(LIB)
	$(CC) $(SANITIZE) -o $@ $< $(LIB) $(LDLIBS)

$(MKPDF): $(BUILD)/obj/tests/tools/mkpdf.o $(BUILD)/obj/tests/tools/mkpdf_render.o $(LIB)
	$(CC) $(SANITIZE) -o $@ $^ $(LDLIBS) $(CAIRO_LIBS)

$(TALENT_GEN): $(BUILD)/obj/bench/talent_gen.o
	$(CC) $(SANITIZE) -o $@ $<

$(TESTS): $(TEST_OBJ) $(SERVER_CORE_OBJ) $(LIB)
	$(CC) $(SANITIZE) -o $@ $(TEST_OBJ) $(SERVER_CORE_OBJ) $(LIB) $(LDLIBS) $(CAIRO_LIBS)

test: all
	@tests/run.sh $(BUILD)

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh $(BUILD)

# everything: the tests of the plain and ASan+UBSan builds, every allocation
# made to fail, the command under valgrind, every fuzz target FUZZ_TIME_CHECK
# s (FUZZ_TIME_CHECK=0 make check: no fuzzing; CHECK_LEAKS=0: no valgrind)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
check: deps
	@$(MAKE) -j$(JOBS) --no-print-directory all
	@$(MAKE) -j$(JOBS) --no-print-directory BUILD=build/asan OPT=-O1 SANITIZE="$(SAN_FLAGS)" all
	@$(MAKE) -j$(JOBS) --no-print-directory faultbuild
	@if [ "$(FUZZ_TIME_CHECK)" != 0 ]; then $(MAKE) -j$(JOBS) --no-print-directory fuzzbuild; fi
	@FAULT_INPUTS="$(FAULT_INPUTS)" FUZZ_TIME=$(FUZZ_TIME_CHECK) tests/check.sh build build/asan

asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 SANITIZE="$(SAN_FLAGS)" test

ubsan:
	@$(MAKE) --no-print-directory BUILD=build/ubsan OPT=-O1 \
	    SANITIZE="-fsanitize=undefined -fno-sanitize-recover=all" test

# every allocation along small breakdowns made to fail in turn, under ASan
FAULT_INPUTS := tests/golden/cast.fountain tests/golden/fdx-tags.fdx tests/golden/export-en.txt \
    samples/en/the-night-ferry.fountain samples/fr/le-dernier-service.fountain
faultbuild:
	@$(MAKE) -s --no-print-directory BUILD=build/fault OPT=-O1 SANITIZE="$(SAN_FLAGS)" \
	    CFLAGS="-O1 -g -DDP_FAULT_INJECTION" build/fault/libdepouille.a
	@$(CC) $(CSTD) $(WARN) -O1 -g -DDP_FAULT_INJECTION $(SAN_FLAGS) -Iinclude -Isrc \
	    tests/fault/fault.c build/fault/libdepouille.a $(LDLIBS) -o build/fault/fault

faultcheck: deps faultbuild
	@LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp build/fault/fault $(FAULT_INPUTS)

leakcheck: all
	@tests/leakcheck.sh $(BUILD)

# libFuzzer: every fuzz/fuzz_NAME.c against a clang build of the library
# (ASan+UBSan, stopping at the first error); tests/fuzz.sh runs each for
# FUZZ_TIME seconds on fuzz/corpus/NAME, FUZZ_JOBS at a time
FUZZ_TARGETS := $(patsubst fuzz/fuzz_%.c,%,$(sort $(wildcard fuzz/fuzz_*.c)))
FUZZ_BINS := $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all
fuzzbuild:
	@$(MAKE) -s --no-print-directory BUILD=build/fuzz CC=clang OPT=-O1 \
	    SANITIZE="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" build/fuzz/libdepouille.a
	@$(MAKE) -s --no-print-directory $(FUZZ_BINS)

build/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/project_fixture.h fuzz/sink.h build/fuzz/libdepouille.a
	clang $(CSTD) $(WARN) -g -O1 -fsanitize=fuzzer $(FUZZ_SAN) -Iinclude $< \
	    build/fuzz/libdepouille.a $(LDLIBS) -o $@

# the API's router without HTTP (server/http.c is libmicrohttpd's side)
FUZZ_API_SRC := $(filter-out server/http.c,$(SERVER_SRC)) build/fuzz/gen/web_assets.c
build/fuzz/fuzz_api: fuzz/fuzz_api.c $(SERVER_SRC) $(WEB_FILES) build/fuzz/libdepouille.a
	@$(MAKE) -s --no-print-directory BUILD=build/fuzz build/fuzz/gen/web_assets.c
	clang $(CSTD) $(WARN) -g -O1 -fsanitize=fuzzer $(FUZZ_SAN) -Iinclude -Iserver $< \
	    $(FUZZ_API_SRC) build/fuzz/libdepouille.a $(LDLIBS) -o $@

fuzz: deps fuzzbuild
	@FUZZ_TIME=$(FUZZ_TIME) tests/fuzz.sh

bench: all
	@scripts/install-deps.sh --bench || echo "bench: could not install the bench tools; peers may be skipped"
	@bench/run.sh

lint:
	@scripts/lint.sh

# Dev-time only (not part of all or check): the raw English table from WordNet 3.0.
lexicon:
	@scripts/install-deps.sh --lexicon
	@mkdir -p $(BUILD)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -o $(BUILD)/wn_lexicon tools/wn_lexicon.c -lwordnet
	$(BUILD)/wn_lexicon -a tools/wn_anchors.tsv -o data/lexicon/en-wordnet.tsv
	python3 tools/lexicon_check.py

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(SERVER_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(BUILD)/obj/bench/dp_bench.d
-include $(BUILD)/obj/bench/dp_agree.d $(BUILD)/obj/tests/tools/mkpdf.d
-include $(BUILD)/obj/bench/gold_score.d
-include $(BUILD)/obj/bench/talent_gen.d
