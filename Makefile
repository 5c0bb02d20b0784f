# The two set-up commands of README.md are `make demo` and `make test`.
.PHONY: deps build asan demo test bench install-check format tidy clean

JOBS ?= $(shell nproc)

# ccache keys on paths relative to the checkout, so a fresh clone (CI) reuses the objects a
# developer's tree already compiled.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

deps:
	@bash scripts/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

asan: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)

demo: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS) --target hikari-demo hikari-sandbox
	bash scripts/demo.sh

test: asan
	ctest --preset asan
	python3 scripts/rest-coverage.py
	bash scripts/check-consumer.sh

bench: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS) --target hikari-bench-gateway hikari-bench-shard \
		hikari-bench-rest hikari-bench-startup hikari-bench-cache hikari-bench-model
	bash scripts/bench.sh

format:
	git ls-files '*.hpp' '*.cpp' | xargs clang-format -i

tidy: asan
	bash scripts/tidy.sh

clean:
	rm -rf build
