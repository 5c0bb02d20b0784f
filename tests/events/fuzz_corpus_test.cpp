// Replays the committed libFuzzer corpus (tests/fuzz/corpus, made by scripts/fuzz.sh) through
// the fuzzer's own entry function: every input must end in a model, an event or a typed
// ParseError; ASan/UBSan catch the rest.
#include "model_fuzz_entry.hpp"

#include <hikari/core/errors_base.hpp>
#include <hikari/model/model_registry.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path corpus_dir = fs::path(HIKARI_SOURCE_DIR) / "tests/fuzz/corpus";

std::vector<std::uint8_t> read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::uint8_t> input(std::uint8_t selector, std::string_view json) {
    // Reserved first: growing a one-byte vector trips GCC 12's -Warray-bounds at -O2.
    std::vector<std::uint8_t> out;
    out.reserve(json.size() + 1);
    out.push_back(selector);
    out.insert(out.end(), json.begin(), json.end());
    return out;
}

TEST(FuzzCorpus, EveryInputEndsInAModelOrATypedError) {
    ASSERT_TRUE(fs::is_directory(corpus_dir)) << corpus_dir;
    std::size_t count = 0;
    std::set<std::uint8_t> targets;
    for (const auto& entry : fs::directory_iterator(corpus_dir)) {
        const auto bytes = read_bytes(entry.path());
        if (!bytes.empty()) targets.insert(bytes[0] % hikari::fuzz::target_count());
        EXPECT_NO_THROW(hikari::fuzz::feed(bytes)) << entry.path().filename();
        ++count;
    }
    EXPECT_GT(count, 100U);
    // The corpus reaches every model reader and every event builder.
    EXPECT_EQ(targets.size(), hikari::fuzz::target_count());
}

TEST(FuzzCorpus, SelectorsCoverModelsThenDispatches) {
    const auto models = hikari::model_codecs();
    EXPECT_EQ(hikari::fuzz::target_name(0), "model:" + std::string(models[0].name));
    EXPECT_EQ(hikari::fuzz::target_name(models.size()), "event:READY");
    EXPECT_GT(hikari::fuzz::target_count(), models.size());
}

TEST(FuzzCorpus, BadInputIsSwallowedAsParseError) {
    // Truncated, mistyped and non-JSON inputs to every target: feed() only lets non-parse
    // failures out.
    for (std::size_t target = 0; target < hikari::fuzz::target_count(); ++target) {
        const auto selector = static_cast<std::uint8_t>(target);
        for (std::string_view text : {R"({"id":)", R"({"id":12})", "nope", "[1,2]", "", "{}"}) {
            EXPECT_NO_THROW(hikari::fuzz::feed(input(selector, text)))
                << hikari::fuzz::target_name(target) << " " << text;
        }
    }
}

TEST(FuzzCorpus, AWellFormedModelRoundTrips) {
    const auto* user = hikari::find_model_codec("user");
    ASSERT_NE(user, nullptr);
    const auto selector = static_cast<std::uint8_t>(user - hikari::model_codecs().data());
    EXPECT_NO_THROW(hikari::fuzz::feed(
        input(selector, R"({"id":"1","username":"a","discriminator":"0","avatar":null})")));
}

}  // namespace
