#pragma once
// The body of the model fuzzer, shared by the libFuzzer target (fuzz/model_fuzz.cpp, clang)
// and the corpus replay test (tests/events/fuzz_corpus_test.cpp, g++ under ASan).
//
// An input is one selector byte followed by JSON text. The selector picks a target: one of
// the models of hikari::model_codecs(), read and written back, or one dispatch name whose
// `d` object the EventFactory builds into an event.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace hikari::fuzz {

/// Runs one input. Typed parse errors (hikari::ParseError) are the expected outcome of bad
/// input and are swallowed; anything else escapes: std::logic_error for a broken invariant
/// (a written model that does not read back the same), or whatever the code under test threw.
void feed(std::span<const std::uint8_t> input);

/// How many targets the selector byte chooses from (selector % count).
[[nodiscard]] std::size_t target_count() noexcept;

/// "model:<name>" or "event:<DISPATCH_NAME>".
[[nodiscard]] std::string target_name(std::size_t index);

}  // namespace hikari::fuzz
