// libFuzzer target over every model reader and a few event builders (see model_fuzz_entry.hpp).
// Built by fuzz/CMakeLists.txt with clang; run with scripts/fuzz.sh.
#include "model_fuzz_entry.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // HIKARI_FUZZ_LIST=1: print the selector byte of each target and stop (for seeding).
    if (std::getenv("HIKARI_FUZZ_LIST") != nullptr) {
        for (std::size_t i = 0; i < hikari::fuzz::target_count(); ++i) {
            std::printf("%zu %s\n", i, hikari::fuzz::target_name(i).c_str());
        }
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // An exception other than a ParseError leaves feed() and aborts: libFuzzer reports it.
    hikari::fuzz::feed({data, size});
    return 0;
}
