#include <hikari/model/entity_factory.hpp>
#include <hikari/model/user.hpp>

#include "model_test_support.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using hikari::User;

constexpr const char* full_user = R"({
  "id": "80351110224678912", "username": "Nelly", "discriminator": "1337",
  "global_name": null, "avatar": "8342729096ea3675442027381ff50dfe",
  "bot": false, "system": false, "mfa_enabled": true, "banner": "06c16474723fe537c283b8efa61a30c8",
  "accent_color": 16711680, "locale": "en-US", "verified": true, "email": null,
  "flags": 64, "premium_type": 1, "public_flags": 4194368,
  "avatar_decoration_data": {"asset": "a_fed43ab12698df65902ba06727e20c0e", "sku_id": "1144058522808614923"},
  "collectibles": {"nameplate": {"sku_id": "2247558840304243311", "asset": "nameplates/nameplates/twilight/",
                                 "label": "", "palette": "cobalt"}},
  "primary_guild": {"identity_guild_id": "1234647491267808778", "identity_enabled": true,
                    "tag": "DISC", "badge": "7d1734ae5a615e82bc7a4033b98fade8"}
})";

TEST(User, ReadsEveryDocumentedField) {
    const User u = hikari::from_json<User>(full_user);
    EXPECT_EQ(u.id.value(), 80351110224678912ULL);
    EXPECT_EQ(u.username, "Nelly");
    EXPECT_EQ(u.discriminator, "1337");
    EXPECT_FALSE(u.global_name.has_value());
    EXPECT_EQ(u.avatar, "8342729096ea3675442027381ff50dfe");
    EXPECT_EQ(u.bot, false);
    ASSERT_TRUE(u.account.has_value());
    EXPECT_EQ(u.account->mfa_enabled, true);
    EXPECT_EQ(*u.banner, "06c16474723fe537c283b8efa61a30c8");
    EXPECT_EQ(*u.accent_color, 16711680);
    EXPECT_EQ(u.account->locale, "en-US");
    EXPECT_TRUE(u.account->email.is_none());
    EXPECT_EQ(u.flags, hikari::UserFlags::hypesquad_online_house_1);
    EXPECT_EQ(u.account->premium_type, hikari::PremiumType::nitro_classic);
    EXPECT_TRUE(hikari::has_all(*u.public_flags, hikari::UserFlags::active_developer |
                                                     hikari::UserFlags::hypesquad_online_house_1));
    ASSERT_TRUE(u.avatar_decoration_data.has_value());
    EXPECT_EQ((*u.avatar_decoration_data)->sku_id.value(), 1144058522808614923ULL);
    ASSERT_TRUE(u.collectibles.has_value());
    ASSERT_TRUE((*u.collectibles)->nameplate.has_value());
    EXPECT_EQ((*u.collectibles)->nameplate->palette, "cobalt");
    ASSERT_TRUE(u.primary_guild.has_value());
    EXPECT_EQ((*u.primary_guild)->tag, "DISC");
    EXPECT_EQ((*u.primary_guild)->identity_enabled, true);
}

TEST(User, RoundTripsThroughJson) {
    const User u = hikari::from_json<User>(full_user);
    const std::string written = hikari::to_json(u);
    const User again = hikari::from_json<User>(written);
    EXPECT_EQ(again, u);
    EXPECT_EQ(hikari::to_json(again), written);
}

TEST(User, AbsentOptionalsStayAbsentAndNullStaysNull) {
    const User u = hikari::from_json<User>(
        R"({"id":"1","username":"a","discriminator":"0","global_name":null,"avatar":null,"banner":null})");
    EXPECT_FALSE(u.bot.has_value());
    EXPECT_TRUE(u.banner.is_none());
    EXPECT_FALSE(u.account.has_value());  // no account field was sent
    EXPECT_TRUE(u.avatar_decoration_data.is_undefined());
    EXPECT_EQ(
        hikari::to_json(u),
        R"({"id":"1","username":"a","discriminator":"0","global_name":null,"avatar":null,"banner":null})");
}

TEST(User, KeepsUnknownFlagBits) {
    const User u = hikari::from_json<User>(
        R"({"id":"1","username":"a","discriminator":"0","global_name":null,"avatar":null,"flags":9223372036854775808,"premium_type":200})");
    ASSERT_TRUE(u.account.has_value());
    EXPECT_EQ(static_cast<std::uint64_t>(*u.flags), 1ULL << 63);
    EXPECT_EQ(static_cast<int>(*u.account->premium_type), 200);
    EXPECT_NE(hikari::to_json(u).find(R"("premium_type":200)"), std::string::npos);
}

TEST(User, ReadsTheLargestSnowflake) {
    const User u = hikari::from_json<User>(
        R"({"id":"18446744073709551615","username":"a","discriminator":"0","global_name":null,"avatar":null})");
    EXPECT_EQ(u.id.value(), 18446744073709551615ULL);
    EXPECT_NE(hikari::to_json(u).find("\"18446744073709551615\""), std::string::npos);
}

TEST(User, PaddedEntryPointReadsWithoutCopy) {
    std::string text =
        R"({"id":"5","username":"pad","discriminator":"0","global_name":"G","avatar":null})";
    const std::size_t size = text.size();
    text.append(hikari::json_padding, ' ');
    const User u = hikari::from_padded_json<User>(std::string_view(text.data(), size));
    EXPECT_EQ(u.global_name, "G");
}

}  // namespace

TEST(User, ImageHashesOfAnyFormComeBackAsSent) {
    // Discord's hashes are kept as bytes; anything else (upper case, an escape, another
    // length) is kept as text. Either way the JSON written is the JSON read.
    for (const std::string avatar :
         {"a_8342729096ea3675442027381ff50dfe", "8342729096EA3675442027381FF50DFE", "short",
          "8342729096ea3675442027381ff50df\\u0065"}) {
        const std::string json = R"({"id":"1","username":"a","discriminator":"0","avatar":")" +
                                 avatar + R"(","banner":"a_06c16474723fe537c283b8efa61a30c8"})";
        const User u = hikari::from_json<User>(json);
        ASSERT_TRUE(u.avatar.has_value()) << avatar;
        EXPECT_EQ(u.avatar->is_animated(), avatar.starts_with("a_"));
        EXPECT_EQ(u.banner.value().digest() != nullptr, true);
        const User again = hikari::from_json<User>(hikari::to_json(u));
        EXPECT_EQ(again, u) << avatar;
    }
    // The escaped form reads as the plain digits, hence as bytes.
    const User escaped = hikari::from_json<User>(
        R"({"id":"1","username":"a","discriminator":"0","avatar":"8342729096ea3675442027381ff50df\u0065"})");
    EXPECT_NE(escaped.avatar->digest(), nullptr);
    EXPECT_EQ(*escaped.avatar, "8342729096ea3675442027381ff50dfe");
}

TEST(User, WrongTypedImageHashNamesThePath) {
    const std::string error = hikari::model_testing::error_of<User>(
        R"({"id":"1","username":"a","discriminator":"0","avatar":5})");
    EXPECT_EQ(error.rfind("avatar: ", 0), 0U) << error;
}
