# Thin convenience wrapper; the real work is in packaging/setup.sh and CMake.
.PHONY: all main test format
all:
	./packaging/setup.sh build
main:
	./packaging/setup.sh main
test:
	./packaging/setup.sh test
format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')
