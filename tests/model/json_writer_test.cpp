#include <hikari/model/json_writer.hpp>

#include <hikari/core/errors_base.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <string>

namespace {

using hikari::JsonWriter;

TEST(JsonWriter, PlacesCommasBetweenMembersAndElements) {
    JsonWriter w;
    w.begin_object().key("a").number(std::int64_t{1}).key("b").begin_array();
    w.number(std::int64_t{2}).boolean(true).null().begin_object().end_object().end_array();
    w.key("c").begin_array().end_array().end_object();
    EXPECT_EQ(w.str(), R"({"a":1,"b":[2,true,null,{}],"c":[]})");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharacters) {
    JsonWriter w;
    w.string(std::string("q\"b\\n\nr\rt\tb\bf\f\x01\x1f") + '\0' + "end");
    EXPECT_EQ(w.str(), R"("q\"b\\n\nr\rt\tb\bf\f\u0001\u001f\u0000end")");
}

TEST(JsonWriter, PassesUnicodeThroughUnescaped) {
    JsonWriter w;
    w.string("h\xC3\xA9llo \xF0\x9F\x98\x80 \x7F");
    EXPECT_EQ(w.str(), "\"h\xC3\xA9llo \xF0\x9F\x98\x80 \x7F\"");
}

TEST(JsonWriter, EscapesKeysToo) {
    JsonWriter w;
    w.begin_object().key("a\"b").string("").end_object();
    EXPECT_EQ(w.str(), R"({"a\"b":""})");
}

TEST(JsonWriter, WritesIntegerExtremes) {
    JsonWriter w;
    w.begin_array();
    w.number(std::numeric_limits<std::uint64_t>::max());
    w.number(std::numeric_limits<std::int64_t>::min());
    w.end_array();
    EXPECT_EQ(w.str(), "[18446744073709551615,-9223372036854775808]");
}

TEST(JsonWriter, WritesShortestRoundTripDoubles) {
    JsonWriter w;
    w.begin_array().number(0.1).number(1.5).number(-2.0).number(1e300).end_array();
    EXPECT_EQ(w.str(), "[0.1,1.5,-2,1e+300]");
}

TEST(JsonWriter, RejectsNonFiniteDoubles) {
    JsonWriter w;
    EXPECT_THROW(w.number(std::numeric_limits<double>::quiet_NaN()), hikari::ValueError);
    EXPECT_THROW(w.number(std::numeric_limits<double>::infinity()), hikari::ValueError);
    EXPECT_EQ(w.str(), "");
}

TEST(JsonWriter, InsertsRawJsonAsOneValue) {
    JsonWriter w;
    w.begin_array().number(std::int64_t{1}).raw(R"({"x":[1]})").end_array();
    EXPECT_EQ(w.str(), R"([1,{"x":[1]}])");
}

}  // namespace

namespace {

TEST(JsonWriter, RejectsInvalidUtf8WithoutWritingAnything) {
    for (const char* bad : {"\xC3\x28", "\xA0", "\xE2\x82", "\xED\xA0\x80", "\xC0\xAF",
                            "\xF4\x90\x80\x80", "ok\xFF"}) {
        hikari::JsonWriter w;
        w.begin_array();
        EXPECT_THROW(w.string(bad), hikari::ValueError) << bad;
        EXPECT_EQ(w.str(), "[");
    }
}

TEST(JsonWriter, AcceptsEveryUtf8Length) {
    hikari::JsonWriter w;
    w.string("\x24\xC2\xA2\xE2\x82\xAC\xF0\x90\x8D\x88\xF4\x8F\xBF\xBF");
    EXPECT_EQ(w.str(), "\"\x24\xC2\xA2\xE2\x82\xAC\xF0\x90\x8D\x88\xF4\x8F\xBF\xBF\"");
}

}  // namespace

namespace {

/// The escaping JsonWriter::string must produce, one byte at a time.
std::string escaped_reference(const std::string& text) {
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4U];
            out += hex[c & 0xFU];
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

// Long strings are scanned eight bytes at a time: special bytes at every offset of a word,
// next to multi-byte UTF-8, must come out as the byte-by-byte escaping would.
TEST(JsonWriter, EscapesAtEveryPositionOfLongStrings) {
    const std::string specials[] = {"\"",   "\\", "\n", "\t", std::string(1, '\x01'),
                                    "\x1f", "é",  "€",  "😀"};
    for (std::size_t length : {7U, 8U, 9U, 15U, 16U, 17U, 31U}) {
        for (std::size_t at = 0; at < length; ++at) {
            for (const auto& special : specials) {
                std::string text(length, 'a');
                text.replace(at, 1, special);
                JsonWriter w;
                w.string(text);
                EXPECT_EQ(w.str(), escaped_reference(text)) << "length " << length << " at " << at;
            }
        }
    }
    std::string bad(20, 'a');
    bad[13] = '\xff';
    JsonWriter w;
    EXPECT_THROW(w.string(bad), hikari::ValueError) << "invalid UTF-8 after an ASCII word";
}

}  // namespace
