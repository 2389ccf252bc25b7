# The two commands of the README's quick start:
#   make run    installs what is missing, builds, runs the main job on examples/
#   make test   installs what is missing, builds, runs every test
BUILD ?= build
JOBS ?= $(shell nproc)
DATELINE = $(BUILD)/dateline

.PHONY: all bootstrap configure build run test bench eval clean

all: build

bootstrap:
	@bash scripts/bootstrap

$(BUILD)/CMakeCache.txt:
	@bash scripts/bootstrap
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: $(BUILD)/CMakeCache.txt

build: bootstrap configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(DATELINE) analyze examples/

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: build
	bash bench/run

eval: build
	bash scripts/eval

clean:
	rm -rf $(BUILD)
