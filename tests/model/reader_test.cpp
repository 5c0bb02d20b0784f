// The reader's fast paths: keys and strings without escapes are taken in place from the
// document (their end found 16 bytes at a time); anything with an escape is unescaped.
#include "model/json/reader.hpp"
#include "model/fields/user_fields.hpp"
#include "model/json/codec.hpp"

#include <hikari/model/entity_factory.hpp>
#include <hikari/model/user.hpp>

#include "model_test_support.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

using hikari::User;
using hikari::json::key_hash;

std::string user_with_name(const std::string& name_json) {
    return R"({"id":"1","username":)" + name_json + R"(,"discriminator":"0","avatar":null})";
}

TEST(Reader, StringsOfEveryLengthAroundTheSixteenByteSteps) {
    for (std::size_t n = 0; n <= 70; ++n) {
        std::string name;
        for (std::size_t i = 0; i < n; ++i) name += static_cast<char>('a' + i % 26);
        EXPECT_EQ(hikari::from_json<User>(user_with_name('"' + name + '"')).username, name) << n;
        // The same with an escape at the end, which leaves the fast path.
        EXPECT_EQ(hikari::from_json<User>(user_with_name('"' + name + R"(\n")")).username,
                  name + "\n")
            << n;
    }
}

TEST(Reader, EscapesAreUnescaped) {
    EXPECT_EQ(hikari::from_json<User>(user_with_name(R"("a\"b\\c\u00e9\ud83d\ude00/")")).username,
              "a\"b\\c\xc3\xa9\xf0\x9f\x98\x80/");
    EXPECT_EQ(
        hikari::from_json<User>(user_with_name(R"("caf\u00e9 plain tail past 16 bytes")")).username,
        "caf\xc3\xa9 plain tail past 16 bytes");
}

TEST(Reader, EscapedKeysStillMatchTheirField) {
    const User user = hikari::from_json<User>(
        R"({"id":"1","us\u0065rname":"x","discriminator":"0","avatar":null,"glob\u0061l_name":"g"})");
    EXPECT_EQ(user.username, "x");
    EXPECT_EQ(user.global_name, "g");
}

TEST(Reader, UnpaddedTextNearTheEndOfTheBuffer) {
    // from_json copies into a padded buffer; the scan past the closing quote stays in it.
    const std::string text = user_with_name(R"("edge")");
    EXPECT_EQ(hikari::from_json<User>(std::string_view(text)).username, "edge");
}

TEST(Reader, KeyHashIsTheSameAtCompileAndRunTime) {
    static constexpr std::string_view names[] = {"",
                                                 "a",
                                                 "id",
                                                 "avatar",
                                                 "username",
                                                 "nick",
                                                 "joined_at",
                                                 "premium_since",
                                                 "communication_disabled_until",
                                                 "approximate_user_authorization_count"};
    static constexpr std::uint64_t at_compile_time[] = {
        key_hash(names[0]), key_hash(names[1]), key_hash(names[2]), key_hash(names[3]),
        key_hash(names[4]), key_hash(names[5]), key_hash(names[6]), key_hash(names[7]),
        key_hash(names[8]), key_hash(names[9])};
    for (std::size_t i = 0; i < std::size(names); ++i) {
        const std::string copy(names[i]);  // a run-time value
        EXPECT_EQ(key_hash(copy), at_compile_time[i]) << names[i];
    }
    EXPECT_NE(key_hash("flags"), key_hash("flag"));
}

TEST(Reader, KeyWordsInTheDocumentMatchTheSafeOnes) {
    // Short keys are read with one 8-byte load and a mask when they lie in a padded buffer.
    const std::string buffer = "abcdefghijklmnopqrstuvwxyz" + std::string(64, '\xff');
    for (std::size_t n = 0; n <= 26; ++n) {
        const std::string_view key(buffer.data(), n);
        EXPECT_EQ(hikari::json::key_words_in_document(key), hikari::json::key_words(key)) << n;
    }
}

TEST(Reader, LongKeysDifferingOnlyInTheMiddleAreTold) {
    using hikari::json::key_words;
    using hikari::json::same_key;
    // Same length, same first and last eight bytes: only the middle tells them apart.
    const std::string a = "approximate_member_count";
    const std::string b = "approximXXXXXXXXer_count";
    ASSERT_EQ(key_words(a), key_words(b));
    EXPECT_TRUE(same_key(a, key_words(a), a, key_words(a)));
    EXPECT_FALSE(same_key(b, key_words(b), a, key_words(a)));
}

TEST(Reader, UnknownKeysSharingAFieldsSlotAreIgnored) {
    // Find keys that the User table sends to the slot of a real field; each must be skipped
    // (not read as that field) and must not make the object fail.
    using Codec = hikari::json::Codec<User>;
    std::set<std::string_view> names;
    std::apply([&](const auto&... field) { (names.insert(field.name), ...); },
               hikari::json::Fields<User>::list);
    int found = 0;
    for (int i = 0; i < 200000 && found < 5; ++i) {
        const std::string key = "k" + std::to_string(i);
        if (!Codec::occupied(hikari::json::key_hash(key)) || names.contains(key)) continue;
        ++found;
        const User user = hikari::from_json<User>(
            R"({"id":"7",")" + key +
            R"(":{"x":[1,2]},"username":"u","discriminator":"0","avatar":null})");
        EXPECT_EQ(user.id.value(), 7U) << key;
        EXPECT_EQ(user.username, "u") << key;
    }
    EXPECT_EQ(found, 5) << "no colliding keys found to test with";
}

}  // namespace

namespace {

// The reader walks simdjson's structural index itself (reader.hpp): these pin the grammar it
// checks on the way and the token ends it derives from the index.

using hikari::model_testing::error_of;

TEST(StructuralReader, WhitespaceAnywhereBetweenTokens) {
    const User u = hikari::from_json<User>(
        " \n{ \"id\" :\t\"12\" ,\r\n \"username\" : \"a b\" , \"discriminator\":\"0\" ,"
        " \"avatar\" : null , \"bot\" : true , \"accent_color\" : 7 ,"
        " \"x\" : [ 1 , { \"y\" : false } , \"z\" ] } \n");
    EXPECT_EQ(u.id.value(), 12U);
    EXPECT_EQ(u.username, "a b");
    EXPECT_FALSE(u.avatar.has_value());
    EXPECT_EQ(u.bot, true);
    EXPECT_EQ(u.accent_color.value(), 7);
}

TEST(StructuralReader, MalformedStructureIsATypedErrorNamingTheField) {
    const std::string head = R"({"id":"1","username":"a","discriminator":"0","avatar":null,)";
    EXPECT_EQ(error_of<User>(R"({"id" "1"})"), "malformed JSON (expected ':')");
    EXPECT_EQ(error_of<User>(head + R"("bot":true,})"), "malformed JSON (expected an object key)");
    EXPECT_EQ(error_of<User>(head + R"("bot":true "x":1})"),
              "malformed JSON (expected ',' or '}')");
    EXPECT_EQ(error_of<User>(head + R"("x":})"), "x: malformed JSON (expected a value)");
    EXPECT_EQ(error_of<User>(head + R"("bot":tru})"), "bot: expected a boolean");
    EXPECT_EQ(error_of<User>(head + R"("bot":truex})"), "bot: expected a boolean");
    EXPECT_EQ(error_of<User>(head + R"("avatar":nul})"), "avatar: expected null");
    EXPECT_EQ(error_of<User>(head + R"("accent_color":12a})"), "accent_color: expected an integer");
    EXPECT_EQ(error_of<User>(head + R"("accent_color":-})"), "accent_color: expected an integer");
    EXPECT_EQ(error_of<User>(head + R"("username":"a" "b"})"),
              "malformed JSON (expected ',' or '}')");
    // Unknown fields are skipped, but their structure is checked on the way.
    EXPECT_EQ(error_of<User>(head + R"("x":[1 2]})"), "x: malformed JSON (expected ',' or ']')");
    EXPECT_EQ(error_of<User>(head + R"("x":[1,}]})"), "x: malformed JSON (expected a value)");
    EXPECT_EQ(error_of<User>(head + R"("x":{"y" 1}})"), "x: malformed JSON (expected ':')");
    EXPECT_EQ(error_of<User>(head + R"("x":{1:2}})"), "x: malformed JSON (expected an object key)");
    EXPECT_EQ(error_of<User>(head + R"("x":[1,[2,{"y":3}]})"),
              "x: malformed JSON (expected ',' or ']')");
    EXPECT_EQ(error_of<User>(head + R"("x":[[[{"y":[]}]]]})"), "parsed");
    // Unknown values may nest deeper than models do, up to simdjson's own limit.
    const auto nested = [&](int levels) {
        return head + R"("x":)" + std::string(static_cast<std::size_t>(levels), '[') +
               std::string(static_cast<std::size_t>(levels), ']') + "}";
    };
    EXPECT_EQ(error_of<User>(nested(1000)), "parsed");
    EXPECT_EQ(error_of<User>(nested(1100)), "x: objects nested too deeply");
}

TEST(StructuralReader, KeysInAnyOrderAndOrderChangesBetweenObjects) {
    // The reader guesses each key from the order of the previous object; a changed order
    // must still land every value in its field.
    const std::string a =
        R"({"id":"1","username":"a","discriminator":"0","avatar":"h","bot":true})";
    const std::string b =
        R"({"bot":false,"avatar":null,"discriminator":"1","username":"b","id":"2"})";
    const std::string c = R"({"username":"c","id":"3","avatar":"x","discriminator":"2"})";
    for (int round = 0; round < 3; ++round) {
        for (const auto* json : {&a, &b, &c, &a, &a, &c, &b}) {
            const User u = hikari::from_json<User>(*json);
            const char name = json == &a ? 'a' : json == &b ? 'b' : 'c';
            EXPECT_EQ(u.username, std::string(1, name));
            EXPECT_EQ(u.id.value(), static_cast<std::uint64_t>(name - 'a' + 1));
            EXPECT_EQ(u.discriminator, std::string(1, static_cast<char>('0' + (name - 'a'))));
        }
    }
}

TEST(StructuralReader, TheGuessedKeyIsComparedWholeWithItsQuotes) {
    // After a first object the reader expects "username" after "id" and compares the bytes at
    // the cursor with the quoted name: a key that only starts or ends like it, or spells it
    // with escapes, must still be read as what it is.
    const std::string learn =
        R"({"id":"1","username":"a","discriminator":"0","avatar":null,"avatar_decoration_data":null})";
    for (int round = 0; round < 2; ++round) {
        (void)hikari::from_json<User>(learn);
        // "user" and "usernames" are unknown keys: username stays what the real key says.
        User u = hikari::from_json<User>(
            R"({"id":"2","user":"x","usernames":"y","username":"b","discriminator":"0","avatar":null})");
        EXPECT_EQ(u.username, "b");
        u = hikari::from_json<User>(
            R"({"id":"3","us\u0065rname":"c","discriminator":"0","avatar":null})");
        EXPECT_EQ(u.username, "c");
        u = hikari::from_json<User>(
            R"({"id":"4","username" :"d","discriminator":"0","avatar":null})");
        EXPECT_EQ(u.username, "d");
        // A name too long for one compare (22 bytes) with an escape in it, and a near miss.
        u = hikari::from_json<User>(
            R"({"id":"5","username":"e","discriminator":"0","avatar":null,)"
            R"("avatar_decoration_dat":{},"avatar_decoration_dat\u0061":{"asset":"z","sku_id":"9"}})");
        ASSERT_TRUE(u.avatar_decoration_data.has_value());
        EXPECT_EQ((*u.avatar_decoration_data.value()).asset, "z");
        // A value where a key is due is still refused, guess or not.
        EXPECT_EQ(error_of<User>(R"({"id":"6",1:2})"), "malformed JSON (expected an object key)");
    }
}

TEST(StructuralReader, SnowflakesOfEveryLengthAndABadDigitAnywhere) {
    // Ids are read eight digits at a time: every length from 1 to 20 digits, and a non-digit
    // in every position of a 19-digit id, must read as the scalar definition says.
    const auto user_with_id = [](const std::string& id) {
        return R"({"id":")" + id + R"(","username":"a","discriminator":"0","avatar":null})";
    };
    std::string digits;
    std::uint64_t expected = 0;
    for (int n = 1; n <= 19; ++n) {
        const char digit = static_cast<char>('0' + (n * 7) % 10);
        digits += digit;
        expected = expected * 10 + static_cast<std::uint64_t>(digit - '0');
        EXPECT_EQ(hikari::from_json<User>(user_with_id(digits)).id.value(), expected) << digits;
    }
    EXPECT_EQ(hikari::from_json<User>(user_with_id("18446744073709551615")).id.value(),
              18446744073709551615ULL);
    EXPECT_EQ(error_of<User>(user_with_id("18446744073709551616")),
              "id: expected a snowflake string");
    for (std::size_t at = 0; at < 19; ++at) {
        for (const char bad : {'/', ':', 'a', ' ', '-', '.'}) {
            std::string id = "1234567890123456789";
            id[at] = bad;
            EXPECT_EQ(error_of<User>(user_with_id(id)), "id: expected a snowflake string") << id;
        }
    }
    EXPECT_EQ(error_of<User>(user_with_id("")), "id: expected a snowflake string");
    // Escaped digits are still digits.
    EXPECT_EQ(hikari::from_json<User>(user_with_id(R"(12345678\u0039)")).id.value(), 123456789U);
}

TEST(StructuralReader, IntegersAtTheEdgesOfTheirTypes) {
    const std::string head = R"({"id":"1","username":"a","discriminator":"0","avatar":null,)";
    // accent_color is a 32-bit signed integer.
    EXPECT_EQ(hikari::from_json<User>(head + R"("accent_color":2147483647})").accent_color.value(),
              2147483647);
    EXPECT_EQ(hikari::from_json<User>(head + R"("accent_color":-2147483648})").accent_color.value(),
              -2147483647 - 1);
    EXPECT_EQ(hikari::from_json<User>(head + R"("accent_color":0})").accent_color.value(), 0);
    EXPECT_EQ(error_of<User>(head + R"("accent_color":2147483648})"),
              "accent_color: integer out of range");
    EXPECT_EQ(error_of<User>(head + R"("accent_color":00})"), "accent_color: expected an integer");
    EXPECT_EQ(error_of<User>(head + R"("accent_color":1.0})"), "accent_color: expected an integer");
    EXPECT_EQ(error_of<User>(head + R"("accent_color":1e3})"), "accent_color: expected an integer");
    // Snowflakes: 19 digits take the inline path, 20 the general one.
    EXPECT_EQ(hikari::from_json<User>(R"({"id":"9999999999999999999","username":"a",)"
                                      R"("discriminator":"0","avatar":null})")
                  .id.value(),
              9999999999999999999ULL);
    EXPECT_EQ(hikari::from_json<User>(R"({"id":"18446744073709551615","username":"a",)"
                                      R"("discriminator":"0","avatar":null})")
                  .id.value(),
              18446744073709551615ULL);
}

}  // namespace
