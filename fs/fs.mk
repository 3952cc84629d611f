# fs/fs.mk - Kiln flash filesystem targets (included by the top Makefile).
#   make fs-test            bounded suite (what CI runs via tests/fs/run.sh)
#   make fs-powercut-full   exhaustive power-cut sweep + long random runs
FS_TBIN    := $(BUILD)/fs-tests
FS_LIB_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(wildcard fs/*.c)) $(BUILD)/core/hash.o
FS_IMG_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(wildcard ports/unix/image_*.c))
FS_IMG_OBJ += $(BUILD)/board/journal.o $(BUILD)/core/hash.o
FS_TEST_COMMON := tests/fs/sha256.c tests/fs/fsmodel.c

$(FS_TBIN)/test_format: tests/fs/test_format.c $(FS_TEST_COMMON) $(FS_LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(FS_TBIN)/test_fixtures: tests/fs/test_fixtures.c $(FS_TEST_COMMON) $(FS_LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(FS_TBIN)/powercut: tests/fs/powercut.c $(FS_TEST_COMMON) $(FS_LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(FS_TBIN)/image_driver: tests/fs/image_driver.c $(FS_IMG_OBJ) $(FS_LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

.PHONY: fs-tests-build fs-test fs-powercut-full
fs-tests-build: $(FS_TBIN)/test_format $(FS_TBIN)/test_fixtures $(FS_TBIN)/powercut $(FS_TBIN)/image_driver

fs-test:
	bash tests/fs/run.sh

fs-powercut-full: $(FS_TBIN)/powercut
	$(FS_TBIN)/powercut --full
	$(FS_TBIN)/powercut --full --geometry 4096x64 --seed 1000
