# Kiln build. gcc + make only. `make` builds build/kiln.
# Variants: `make VARIANT=stress` (GC at every allocation) -> build-stress/kiln
#           `make VARIANT=asan`   (ASan+UBSan)             -> build-asan/kiln
CC      ?= gcc
VARIANT ?=
ifeq ($(VARIANT),)
BUILD   ?= build
OPT     ?= -O2 -g
else ifeq ($(VARIANT),stress)
BUILD   ?= build-stress
OPT     ?= -O1 -g -DKILN_GC_STRESS=1
else ifeq ($(VARIANT),asan)
BUILD   ?= build-asan
OPT     ?= -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
else
$(error unknown VARIANT $(VARIANT))
endif

CFLAGS  = -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -D_DEFAULT_SOURCE -D_GNU_SOURCE -I. $(OPT)
LDLIBS  = -lm -lutil

CORE_SRC  := $(wildcard core/*.c)
BOARD_SRC := $(wildcard board/*.c)
FS_SRC    := $(wildcard fs/*.c)
PORT_SRC  := $(wildcard ports/unix/*.c)
LIB_SRC   := $(CORE_SRC) $(BOARD_SRC) $(FS_SRC) $(filter-out ports/unix/main.c,$(PORT_SRC))
CORE_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB_OBJ   := $(CORE_OBJ) $(BUILD)/frozen_data.o
MAIN_OBJ  := $(BUILD)/ports/unix/main.o

UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all clean test unit bench demo
all: $(BUILD)/kiln

$(BUILD)/kiln: $(LIB_OBJ) $(MAIN_OBJ)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJ) $(LDFLAGS) $(LDLIBS)

unit: $(UNIT_BIN)

# Every test suite; the last line is the total `N passed, N failed`.
test:
	bash tests/run_all.sh

# Boot the demo board on this terminal (Ctrl-] leaves). Its flash image is
# kept in $(BUILD)/demo-flash.img: delete it to start again from a blank one.
demo: $(BUILD)/kiln
	@test -f $(BUILD)/demo-flash.img || { $(BUILD)/kiln image create $(BUILD)/demo-flash.img --full >/dev/null && \
	  $(BUILD)/kiln image put $(BUILD)/demo-flash.img examples/board/boot.py /boot.py && \
	  $(BUILD)/kiln image put $(BUILD)/demo-flash.img examples/board/main.py /main.py; }
	$(BUILD)/kiln board --flash $(BUILD)/demo-flash.img

bench: $(BUILD)/kiln
	python3 bench/run.py --kiln $(BUILD)/kiln

# Frozen modules (core/frozen.h), built in two stages. Stage 1,
# $(BUILD)/tools/mkfrozen, is the interpreter core (every object of kiln but
# frozen_data.o) plus tools/mkfrozen.c: it compiles frozen/**/*.py with the
# real compiler and writes $(BUILD)/frozen_data.c, the modules' serialised
# code objects (core/code_io.h), which the final kiln links. A change to any
# core file (the compiler) or to a frozen file rebuilds the blob.
FROZEN_DEPS := $(shell find frozen -type d -o -name '*.py' 2>/dev/null)
$(BUILD)/tools/mkfrozen: $(CORE_OBJ) $(BUILD)/tools/mkfrozen.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)
$(BUILD)/frozen_data.c: $(BUILD)/tools/mkfrozen $(FROZEN_DEPS)
	$(BUILD)/tools/mkfrozen frozen $@
$(BUILD)/frozen_data.o: $(BUILD)/frozen_data.c
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

clean:
	rm -rf build build-stress build-asan

-include fs/fs.mk
-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
