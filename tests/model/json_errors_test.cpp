// Error shapes of the reading toolkit, seen through the public entry points.
#include <hikari/model/entity_factory.hpp>
#include <hikari/model/user.hpp>

#include "model_test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace {

using hikari::JsonError;
using hikari::User;

using hikari::model_testing::error_of;

const std::string minimal =
    R"("username":"a","discriminator":"0","global_name":null,"avatar":null)";

TEST(JsonErrors, IsAParseError) {
    EXPECT_THROW((void)hikari::from_json<User>("nope"), hikari::ParseError);
    EXPECT_THROW((void)hikari::from_json<User>("nope"), hikari::HikariError);
}

TEST(JsonErrors, WrongTypeNamesTheField) {
    EXPECT_EQ(error_of<User>(R"({"id":1,)" + minimal + "}"), "id: expected a snowflake string");
    EXPECT_EQ(
        error_of<User>(
            R"({"id":"1","username":5,"discriminator":"0","global_name":null,"avatar":null})"),
        "username: expected a string");
    EXPECT_EQ(error_of<User>(R"({"id":"1",)" + minimal + R"(,"bot":"yes"})"),
              "bot: expected a boolean");
}

TEST(JsonErrors, NestedPathsAreDotted) {
    EXPECT_EQ(
        error_of<User>(
            R"({"id":"1",)" + minimal +
            R"(,"collectibles":{"nameplate":{"sku_id":"x","asset":"","label":"","palette":""}}})"),
        "collectibles.nameplate.sku_id: expected a snowflake string");
}

TEST(JsonErrors, MalformedSnowflakes) {
    for (const char* bad :
         {R"("")", R"("-1")", R"("12a")", R"(" 1")", R"("18446744073709551616")"}) {
        EXPECT_EQ(error_of<User>(std::string(R"({"id":)") + bad + "," + minimal + "}"),
                  "id: expected a snowflake string")
            << bad;
    }
}

TEST(JsonErrors, MissingRequiredFieldIsNamed) {
    EXPECT_EQ(error_of<User>(R"({"id":"1","discriminator":"0","global_name":null,"avatar":null})"),
              "username: missing required field");
    EXPECT_EQ(
        error_of<User>(R"({"id":"1",)" + minimal + R"(,"avatar_decoration_data":{"asset":"x"}})"),
        "avatar_decoration_data.sku_id: missing required field");
}

TEST(JsonErrors, IntegersOutOfRangeAreRejected) {
    EXPECT_EQ(error_of<User>(R"({"id":"1",)" + minimal + R"(,"accent_color":4294967296})"),
              "accent_color: integer out of range");
    EXPECT_EQ(error_of<User>(R"({"id":"1",)" + minimal + R"(,"premium_type":256})"),
              "premium_type: integer out of range");
    EXPECT_EQ(error_of<User>(R"({"id":"1",)" + minimal + R"(,"premium_type":-1})"),
              "premium_type: expected a non-negative integer");
    EXPECT_THAT(
        error_of<User>(R"({"id":"1",)" + minimal + R"(,"flags":123456789012345678901234567890})"),
        testing::StartsWith("flags: "));
    EXPECT_EQ(error_of<User>(R"({"id":"1",)" + minimal + R"(,"premium_type":1.5})"),
              "premium_type: expected a non-negative integer");
}

TEST(JsonErrors, TruncatedInputIsATypedError) {
    const std::string full =
        R"({"id":"1",)" + minimal +
        R"(,"primary_guild":{"identity_guild_id":null,"identity_enabled":null,"tag":null,"badge":null}})";
    for (std::size_t n = 0; n < full.size(); ++n) {
        EXPECT_THROW((void)hikari::from_json<User>(full.substr(0, n)), JsonError) << n;
    }
    EXPECT_NO_THROW((void)hikari::from_json<User>(full));
}

TEST(JsonErrors, NotAnObject) {
    EXPECT_EQ(error_of<User>("[]"), "expected an object");
    EXPECT_EQ(error_of<User>("null"), "expected an object");
    EXPECT_EQ(error_of<User>(R"("str")"), "expected an object");
}

TEST(JsonErrors, TrailingContentIsRejected) {
    EXPECT_EQ(error_of<User>(R"({"id":"1",)" + minimal + "} {}"),
              "unexpected content after the JSON value");
}

TEST(JsonErrors, InvalidUtf8IsRejected) {
    EXPECT_THAT(error_of<User>("{\"id\":\"1\",\"username\":\"\xC3\x28\",\"discriminator\":\"0\","
                               "\"global_name\":null,\"avatar\":null}"),
                testing::HasSubstr("UTF-8"));
}

TEST(JsonErrors, BadEscapesAreRejected) {
    EXPECT_THAT(
        error_of<User>(
            R"({"id":"1","username":"\x41","discriminator":"0","global_name":null,"avatar":null})"),
        testing::StartsWith("username: "));
    EXPECT_THAT(
        error_of<User>(
            R"({"id":"1","username":"\ud800","discriminator":"0","global_name":null,"avatar":null})"),
        testing::StartsWith("username: "));
}

TEST(JsonErrors, UnknownFieldsAreSkippedIncludingNestedOnes) {
    const User u = hikari::from_json<User>(
        R"({"future":{"a":[1,{"b":[null,"x"]}],"c":{}},"id":"7",)" + minimal +
        R"(,"list":[[],[{}]],"n":-1.5e300,"s":"\"}","collectibles":{"other":[1,2]}})");
    EXPECT_EQ(u.id.value(), 7U);
    ASSERT_TRUE(u.collectibles.has_value());
    EXPECT_FALSE((*u.collectibles)->nameplate.has_value());
}

TEST(JsonErrors, EscapesAndUnicodeAreDecoded) {
    const User u = hikari::from_json<User>(
        R"({"id":"7","username":"a\"b\\c\n\u00e9\ud83d\ude00\u0000z","discriminator":"0","global_name":"\u65e5\u672c","avatar":null})");
    EXPECT_EQ(u.username, std::string("a\"b\\c\n\xC3\xA9\xF0\x9F\x98\x80") + '\0' + "z");
    EXPECT_EQ(u.global_name, "\xE6\x97\xA5\xE6\x9C\xAC");
    EXPECT_EQ(hikari::from_json<User>(hikari::to_json(u)), u);
}

TEST(JsonErrors, ErrorExposesPathAndReason) {
    try {
        (void)hikari::from_json<User>(R"({"id":"1",)" + minimal +
                                      R"(,"collectibles":{"nameplate":5}})");
        FAIL() << "no error";
    } catch (const JsonError& e) {
        EXPECT_EQ(e.path(), "collectibles.nameplate");
        EXPECT_EQ(e.reason(), "expected an object");
    }
}

}  // namespace

namespace {

TEST(JsonErrors, HugeAndMalformedNumbers) {
    const std::string base =
        R"({"id":"1","username":"a","discriminator":"0","avatar":null,"accent_color":)";
    for (const char* bad : {"1e400", "-", "01", "1.", "0x10", "NaN", "Infinity", "+1"}) {
        EXPECT_THAT(error_of<User>(base + bad + "}"), testing::StartsWith("accent_color: ")) << bad;
    }
    EXPECT_EQ(error_of<User>(base + "18446744073709551616}"), "accent_color: integer out of range");
    EXPECT_EQ(error_of<User>(base + "-99999999999999999999}"),
              "accent_color: integer out of range");
}

TEST(JsonErrors, DuplicateKeysKeepTheLastValue) {
    const User u = hikari::from_json<User>(
        R"({"id":"1","id":"2","username":"a","discriminator":"0","avatar":null})");
    EXPECT_EQ(u.id.value(), 2U);
}

}  // namespace
