#include <hikari/core/image_hash.hpp>

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <utility>

using namespace hikari;

namespace {

constexpr std::string_view still = "1269e74af4df7417b13759eae50c83dc";
constexpr std::string_view animated = "a_1269e74af4df7417b13759eae50c83dc";

TEST(ImageHash, StaysSmall) {
    static_assert(sizeof(ImageHash) == 24);
    static_assert(sizeof(std::optional<ImageHash>) == 32);
    SUCCEED();
}

TEST(ImageHash, HexDigitsAreKeptAsTheirBytes) {
    const ImageHash hash{still};
    ASSERT_NE(hash.digest(), nullptr);
    EXPECT_EQ((*hash.digest())[0], 0x12);
    EXPECT_EQ((*hash.digest())[15], 0xdc);
    EXPECT_FALSE(hash.is_animated());
    EXPECT_EQ(hash.size(), 32U);
    EXPECT_EQ(hash.to_string(), still);
    EXPECT_EQ(hash, still);
}

TEST(ImageHash, EveryDigitDecodes) {
    const ImageHash hash{"0123456789abcdeffedcba9876543210"};
    ASSERT_NE(hash.digest(), nullptr);
    const ImageHash::Digest expected{0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef,
                                     0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10};
    EXPECT_EQ(*hash.digest(), expected);
    EXPECT_EQ(hash.to_string(), "0123456789abcdeffedcba9876543210");
}

TEST(ImageHash, ANonDigitAnywhereKeepsTheText) {
    // The neighbours of both digit ranges, upper case, bytes above 0x7F and NUL, at every
    // position: each must leave the text as it came.
    for (const char bad : {'/', ':', '`', 'g', 'A', 'F', '\x80', '\xff', '\0', ' '}) {
        for (std::size_t at = 0; at < still.size(); ++at) {
            std::string text(still);
            text[at] = bad;
            const ImageHash hash{text};
            EXPECT_EQ(hash.digest(), nullptr) << "byte " << int(bad) << " at " << at;
            EXPECT_EQ(hash.to_string(), text);
        }
    }
}

TEST(ImageHash, AnimatedPrefixIsKept) {
    const ImageHash hash{animated};
    ASSERT_NE(hash.digest(), nullptr);
    EXPECT_TRUE(hash.is_animated());
    EXPECT_EQ(hash.size(), 34U);
    EXPECT_EQ(hash.to_string(), animated);
    EXPECT_NE(hash, ImageHash{still});  // same bytes, but one is animated
    EXPECT_EQ(hash, ImageHash::from_digest(*hash.digest(), true));
}

TEST(ImageHash, OtherFormsComeBackVerbatim) {
    const std::string upper = "1269E74AF4DF7417B13759EAE50C83DC";
    const std::string long_text(300, 'x');
    for (const std::string& text :
         {upper, std::string(still.substr(1)), std::string(still) + "0", std::string("a_"),
          std::string("a_1269e74af4df7417b13759eae50c83dg"), long_text, std::string("a_x"),
          std::string("not a hash/../")}) {
        const ImageHash hash{text};
        EXPECT_EQ(hash.digest(), nullptr) << text;
        EXPECT_EQ(hash.to_string(), text);
        EXPECT_EQ(hash.size(), text.size());
        EXPECT_EQ(hash, text);
        EXPECT_EQ(hash.is_animated(), text.starts_with("a_")) << text;
    }
    EXPECT_NE(ImageHash{upper}, ImageHash{still});  // case matters, as in the CDN path
}

TEST(ImageHash, EmptyByDefault) {
    const ImageHash hash;
    EXPECT_TRUE(hash.empty());
    EXPECT_EQ(hash.to_string(), "");
    EXPECT_EQ(hash, "");
    EXPECT_EQ(hash, ImageHash{""});
}

TEST(ImageHash, CopiesAndMovesEitherForm) {
    for (const std::string_view text : {still, animated, std::string_view("odd-one")}) {
        ImageHash original{text};
        ImageHash copy = original;
        EXPECT_EQ(copy, original);
        ImageHash moved = std::move(copy);
        EXPECT_EQ(moved, text);
        EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty

        ImageHash assigned{"something else entirely"};
        assigned = original;
        EXPECT_EQ(assigned, text);
        assigned = ImageHash{still};
        EXPECT_EQ(assigned, still);
        assigned = std::move(original);
        EXPECT_EQ(assigned, text);
        const ImageHash& self = assigned;
        assigned = self;  // self-assignment keeps the value
        EXPECT_EQ(assigned, text);
    }
}

TEST(ImageHash, ComparesWithTextOfEveryKind) {
    const ImageHash hash{animated};
    EXPECT_TRUE(hash == "a_1269e74af4df7417b13759eae50c83dc");
    EXPECT_TRUE(hash == std::string(animated));
    EXPECT_TRUE("a_1269e74af4df7417b13759eae50c83dc" == hash);
    EXPECT_FALSE(hash == "a_1269e74af4df7417b13759eae50c83dd");
    EXPECT_FALSE(hash == still);

    std::optional<ImageHash> maybe;
    maybe = "1269e74af4df7417b13759eae50c83dc";
    EXPECT_EQ(maybe, still);
}

TEST(ImageHash, PrintsAsText) {
    std::ostringstream out;
    out << ImageHash{animated} << ' ' << ImageHash{"odd"};
    EXPECT_EQ(out.str(), std::string(animated) + " odd");
}

TEST(ImageHash, AppendsToExistingText) {
    std::string url = "avatars/1/";
    ImageHash{still}.append_to(url);
    EXPECT_EQ(url, "avatars/1/" + std::string(still));
}

}  // namespace
