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
CFLAGS   ?= $(OPT) -g
ALL_CFLAGS = $(CSTD) $(WARN) $(CFLAGS) $(SANITIZE) -Iinclude -Isrc $(DEPS_CFLAGS) -MMD -MP
LDLIBS   = $(DEPS_LIBS) -lm -pthread

LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/*.c tests/unit/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
TEST_OBJ := $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

LIB   := $(BUILD)/libdepouille.a
CLI   := $(BUILD)/depouille
BENCH := $(BUILD)/dp-bench
TESTS := $(BUILD)/dp-test
TALENT_GEN := $(BUILD)/dp-talent-gen

SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_TIME ?= 60
FUZZ_TARGETS := $(patsubst fuzz/fuzz_%.c,%,$(sort $(wildcard fuzz/fuzz_*.c)))

.PHONY: all deps demo check test asan ubsan leakcheck fuzz bench lint clean help

all: $(LIB) $(CLI) $(BENCH) $(TESTS) $(TALENT_GEN)

help:
	@echo "make            build build/depouille, build/libdepouille.a, build/dp-bench"
	@echo "make demo       install what is missing, build, run the breakdown on the samples"
	@echo "make check      install, build, run every test, then again under ASan+UBSan"
	@echo "make test       run the tests of the current build"
	@echo "make asan       tests under AddressSanitizer+UBSan (build/asan)"
	@echo "make ubsan      tests under UndefinedBehaviorSanitizer alone (build/ubsan)"
	@echo "make leakcheck  the CLI under valgrind on every golden input and sample"
	@echo "make fuzz       libFuzzer on each reader (fuzz/fuzz_*.c), FUZZ_TIME=$(FUZZ_TIME) s each"
	@echo "make bench      speed beside the peers (fountain-js, afterwriting)"
	@echo "make lint       banned calls in the library, cppcheck"

deps:
	@scripts/install-deps.sh

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(CLI): $(CLI_OBJ) $(LIB)
	$(CC) $(SANITIZE) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BENCH): $(BUILD)/obj/bench/dp_bench.o $(LIB)
	$(CC) $(SANITIZE) -o $@ $< $(LIB) $(LDLIBS)

$(TALENT_GEN): $(BUILD)/obj/bench/talent_gen.o
	$(CC) $(SANITIZE) -o $@ $<

$(TESTS): $(TEST_OBJ) $(LIB)
	$(CC) $(SANITIZE) -o $@ $(TEST_OBJ) $(LIB) $(LDLIBS)

test: all
	@tests/run.sh $(BUILD)

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh $(BUILD)

check: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 SANITIZE="$(SAN_FLAGS)" all
	@tests/check.sh build build/asan

asan:
	@$(MAKE) --no-print-directory BUILD=build/asan OPT=-O1 SANITIZE="$(SAN_FLAGS)" test

ubsan:
	@$(MAKE) --no-print-directory BUILD=build/ubsan OPT=-O1 \
	    SANITIZE="-fsanitize=undefined -fno-sanitize-recover=all" test

leakcheck: all
	@tests/leakcheck.sh $(BUILD)

fuzz:
	@scripts/install-deps.sh
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang OPT=-O1 \
	    SANITIZE="-fsanitize=fuzzer-no-link,address,undefined" build/fuzz/libdepouille.a
	@set -e; for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/corpus-$$t; \
	    clang -fsanitize=fuzzer,address,undefined -g -O1 -Iinclude fuzz/fuzz_$$t.c \
	        build/fuzz/libdepouille.a $(DEPS_LIBS) -lm -pthread -o build/fuzz/fuzz_$$t; \
	    dict=; if [ -f fuzz/$$t.dict ]; then dict=-dict=fuzz/$$t.dict; fi; \
	    echo "fuzz: $$t for $(FUZZ_TIME) s"; \
	    build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_TIME) -max_len=65536 $$dict \
	        build/fuzz/corpus-$$t fuzz/corpus/$$t; \
	done

bench: all
	@scripts/install-deps.sh --bench || echo "bench: could not install the bench tools; peers may be skipped"
	@bench/run.sh

lint:
	@scripts/lint.sh

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(BUILD)/obj/bench/dp_bench.d \
    $(BUILD)/obj/bench/talent_gen.d
