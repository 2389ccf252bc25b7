# The two commands of the README's quick start:
#   make run    installs what is missing, builds, stores examples/ in build/examples.db
#               and serves the web page on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)
#   make test   installs what is missing, builds, runs every test
BUILD ?= build
JOBS ?= $(shell nproc)
DATELINE = $(BUILD)/dateline
EXAMPLES_DB = $(BUILD)/examples.db
PORT ?= 8080

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

# A fresh store each time, so it always holds what this build makes of examples/.
run: build
	rm -f $(EXAMPLES_DB) $(EXAMPLES_DB)-wal $(EXAMPLES_DB)-shm
	$(DATELINE) ingest --db $(EXAMPLES_DB) --no-progress examples/
	@echo
	@echo "  Open http://127.0.0.1:$(PORT)/ in a browser  (Ctrl-C to stop; another port: make run PORT=8081)"
	@echo
	$(DATELINE) serve --db $(EXAMPLES_DB) --port $(PORT)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: build
	bash bench/run

eval: build
	bash scripts/eval

clean:
	rm -rf $(BUILD)
