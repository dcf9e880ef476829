# Makefile — Copyright 2026 The Vocation authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two commands of the README: `make run` and `make test`. Both install any missing Debian
# packages and build first. Meson does the real work; this file only strings the steps together.

BUILD      ?= build
TEST_BUILD ?= build-test
MESON      ?= meson
ARGS       ?=

export GSETTINGS_SCHEMA_DIR := $(CURDIR)/$(BUILD)/data

.PHONY: all deps build run test bench screenshots clean

all: build

deps:
	@bash build-aux/install-deps.sh

$(BUILD)/build.ninja:
	$(MESON) setup $(BUILD) --buildtype=debugoptimized

build: deps $(BUILD)/build.ninja
	$(MESON) compile -C $(BUILD)

# Runs Vocation from the build tree on the default database
# ($XDG_DATA_HOME/vocation/vocation.db); pass ARGS="--database /tmp/x.db" for another one.
run: build
	$(BUILD)/src/ui/vocation $(ARGS)

$(TEST_BUILD)/build.ninja:
	$(MESON) setup $(TEST_BUILD) --buildtype=debug -Db_sanitize=address,undefined \
	  -Db_lundef=false -Dwerror=true

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer, headless: a private
# D-Bus session and Xvfb are started by build-aux/run-tests.sh.
test: deps $(TEST_BUILD)/build.ninja
	$(MESON) compile -C $(TEST_BUILD)
	@bash build-aux/run-tests.sh $(TEST_BUILD)

bench: build
	@bash bench/run.sh $(BUILD)

screenshots: build
	@bash build-aux/screenshots.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(TEST_BUILD)
