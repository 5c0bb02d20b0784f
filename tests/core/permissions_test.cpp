#include <hikari/core/permissions.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>

using hikari::Permissions;

static_assert(
    (Permissions::view_channel | Permissions::send_messages).contains(Permissions::send_messages));

TEST(Permissions, BitsMatchTheDocs) {
    EXPECT_EQ(Permissions::create_instant_invite.value(), std::uint64_t{1} << 0);
    EXPECT_EQ(Permissions::kick_members.value(), std::uint64_t{1} << 1);
    EXPECT_EQ(Permissions::ban_members.value(), std::uint64_t{1} << 2);
    EXPECT_EQ(Permissions::administrator.value(), std::uint64_t{1} << 3);
    EXPECT_EQ(Permissions::manage_channels.value(), std::uint64_t{1} << 4);
    EXPECT_EQ(Permissions::manage_guild.value(), std::uint64_t{1} << 5);
    EXPECT_EQ(Permissions::add_reactions.value(), std::uint64_t{1} << 6);
    EXPECT_EQ(Permissions::view_audit_log.value(), std::uint64_t{1} << 7);
    EXPECT_EQ(Permissions::priority_speaker.value(), std::uint64_t{1} << 8);
    EXPECT_EQ(Permissions::stream.value(), std::uint64_t{1} << 9);
    EXPECT_EQ(Permissions::view_channel.value(), std::uint64_t{1} << 10);
    EXPECT_EQ(Permissions::send_messages.value(), std::uint64_t{1} << 11);
    EXPECT_EQ(Permissions::send_tts_messages.value(), std::uint64_t{1} << 12);
    EXPECT_EQ(Permissions::manage_messages.value(), std::uint64_t{1} << 13);
    EXPECT_EQ(Permissions::embed_links.value(), std::uint64_t{1} << 14);
    EXPECT_EQ(Permissions::attach_files.value(), std::uint64_t{1} << 15);
    EXPECT_EQ(Permissions::read_message_history.value(), std::uint64_t{1} << 16);
    EXPECT_EQ(Permissions::mention_everyone.value(), std::uint64_t{1} << 17);
    EXPECT_EQ(Permissions::use_external_emojis.value(), std::uint64_t{1} << 18);
    EXPECT_EQ(Permissions::view_guild_insights.value(), std::uint64_t{1} << 19);
    EXPECT_EQ(Permissions::connect.value(), std::uint64_t{1} << 20);
    EXPECT_EQ(Permissions::speak.value(), std::uint64_t{1} << 21);
    EXPECT_EQ(Permissions::mute_members.value(), std::uint64_t{1} << 22);
    EXPECT_EQ(Permissions::deafen_members.value(), std::uint64_t{1} << 23);
    EXPECT_EQ(Permissions::move_members.value(), std::uint64_t{1} << 24);
    EXPECT_EQ(Permissions::use_vad.value(), std::uint64_t{1} << 25);
    EXPECT_EQ(Permissions::change_nickname.value(), std::uint64_t{1} << 26);
    EXPECT_EQ(Permissions::manage_nicknames.value(), std::uint64_t{1} << 27);
    EXPECT_EQ(Permissions::manage_roles.value(), std::uint64_t{1} << 28);
    EXPECT_EQ(Permissions::manage_webhooks.value(), std::uint64_t{1} << 29);
    EXPECT_EQ(Permissions::manage_guild_expressions.value(), std::uint64_t{1} << 30);
    EXPECT_EQ(Permissions::use_application_commands.value(), std::uint64_t{1} << 31);
    EXPECT_EQ(Permissions::request_to_speak.value(), std::uint64_t{1} << 32);
    EXPECT_EQ(Permissions::manage_events.value(), std::uint64_t{1} << 33);
    EXPECT_EQ(Permissions::manage_threads.value(), std::uint64_t{1} << 34);
    EXPECT_EQ(Permissions::create_public_threads.value(), std::uint64_t{1} << 35);
    EXPECT_EQ(Permissions::create_private_threads.value(), std::uint64_t{1} << 36);
    EXPECT_EQ(Permissions::use_external_stickers.value(), std::uint64_t{1} << 37);
    EXPECT_EQ(Permissions::send_messages_in_threads.value(), std::uint64_t{1} << 38);
    EXPECT_EQ(Permissions::use_embedded_activities.value(), std::uint64_t{1} << 39);
    EXPECT_EQ(Permissions::moderate_members.value(), std::uint64_t{1} << 40);
    EXPECT_EQ(Permissions::view_creator_monetization_analytics.value(), std::uint64_t{1} << 41);
    EXPECT_EQ(Permissions::use_soundboard.value(), std::uint64_t{1} << 42);
    EXPECT_EQ(Permissions::create_guild_expressions.value(), std::uint64_t{1} << 43);
    EXPECT_EQ(Permissions::create_events.value(), std::uint64_t{1} << 44);
    EXPECT_EQ(Permissions::use_external_sounds.value(), std::uint64_t{1} << 45);
    EXPECT_EQ(Permissions::send_voice_messages.value(), std::uint64_t{1} << 46);
    EXPECT_EQ(Permissions::set_voice_channel_status.value(), std::uint64_t{1} << 48);
    EXPECT_EQ(Permissions::send_polls.value(), std::uint64_t{1} << 49);
    EXPECT_EQ(Permissions::use_external_apps.value(), std::uint64_t{1} << 50);
    EXPECT_EQ(Permissions::pin_messages.value(), std::uint64_t{1} << 51);
    EXPECT_EQ(Permissions::bypass_slowmode.value(), std::uint64_t{1} << 52);
}

TEST(Permissions, Groups) {
    EXPECT_EQ(Permissions::none().value(), 0u);
    // Bits 0..46 and 48..52; bit 47 is not documented.
    EXPECT_EQ(Permissions::all().value(), 0x001F7FFFFFFFFFFFull);
    EXPECT_TRUE(Permissions::requiring_mfa().contains(Permissions::administrator));
    EXPECT_TRUE(Permissions::requiring_mfa().contains(Permissions::manage_threads));
    EXPECT_FALSE(Permissions::requiring_mfa().any(Permissions::send_messages |
                                                  Permissions::moderate_members));
    EXPECT_EQ(Permissions::requiring_mfa().to_string(),
              "KICK_MEMBERS | BAN_MEMBERS | ADMINISTRATOR | MANAGE_CHANNELS | MANAGE_GUILD | "
              "MANAGE_MESSAGES | MANAGE_ROLES | MANAGE_WEBHOOKS | MANAGE_GUILD_EXPRESSIONS | "
              "MANAGE_THREADS | VIEW_CREATOR_MONETIZATION_ANALYTICS");
}

TEST(Permissions, BitOperations) {
    auto p = Permissions::view_channel | Permissions::send_messages;
    EXPECT_EQ(p.value(), 0xC00u);
    EXPECT_EQ(p & Permissions::send_messages, Permissions::send_messages);
    EXPECT_EQ(p ^ Permissions::send_messages, Permissions::view_channel);
    EXPECT_EQ(p.without(Permissions::view_channel), Permissions::send_messages);
    EXPECT_TRUE(p.contains(Permissions::send_messages));
    EXPECT_FALSE(p.contains(Permissions::send_messages | Permissions::administrator));
    EXPECT_TRUE(p.any(Permissions::send_messages | Permissions::administrator));
    EXPECT_FALSE(p.any(Permissions::administrator));
    EXPECT_TRUE(p);
    EXPECT_FALSE(Permissions::none());
    EXPECT_EQ(~Permissions::none(), Permissions::all());
    EXPECT_FALSE((~Permissions::administrator).unknown_bits());
    EXPECT_FALSE((~Permissions::administrator).contains(Permissions::administrator));

    Permissions q;
    q |= Permissions::bypass_slowmode;
    EXPECT_EQ(q.value(), std::uint64_t{1} << 52);
    q &= Permissions::administrator;
    EXPECT_TRUE(q.empty());
    q ^= Permissions::speak;
    EXPECT_EQ(q, Permissions::speak);
}

TEST(Permissions, ParsesDecimalStrings) {
    EXPECT_EQ(Permissions::parse("0"), Permissions::none());
    EXPECT_EQ(Permissions::parse("2048"), Permissions::send_messages);
    EXPECT_EQ(Permissions::parse("1071698660929"), Permissions{1071698660929ull});
    EXPECT_EQ(Permissions::parse("18446744073709551615").value(), UINT64_MAX);
    EXPECT_EQ(Permissions::parse("000008"), Permissions::administrator);
}

TEST(Permissions, KeepsUnknownBits) {
    auto p = Permissions::parse("9223372036854775809");  // bit 63 and bit 0
    EXPECT_EQ(p.value(), (std::uint64_t{1} << 63) | 1u);
    EXPECT_EQ(p.unknown_bits().value(), std::uint64_t{1} << 63);
    EXPECT_EQ(p.to_decimal_string(), "9223372036854775809");
    EXPECT_EQ(p.to_string(), "CREATE_INSTANT_INVITE | 0x8000000000000000");
    EXPECT_EQ(Permissions{std::uint64_t{1} << 47}.to_string(), "0x800000000000");
}

TEST(Permissions, DecimalRoundTrip) {
    for (unsigned bit = 0; bit < 64; ++bit) {
        Permissions one{std::uint64_t{1} << bit};
        EXPECT_EQ(Permissions::parse(one.to_decimal_string()), one);
        EXPECT_EQ(Permissions::from_names(one.to_string()), one) << one.to_string();
    }
    EXPECT_EQ(Permissions::none().to_decimal_string(), "0");
    EXPECT_EQ(Permissions::all().to_decimal_string(), "8866461766385663");
}

TEST(Permissions, ParseRejectsBadDecimals) {
    for (const char* bad : {"", " 1", "1 ", "+1", "-1", "0x10", "1.0", "1e3", "abc", "12a",
                            "18446744073709551616", "99999999999999999999999"}) {
        EXPECT_THROW(Permissions::parse(bad), hikari::ParseError) << '"' << bad << '"';
    }
    try {
        Permissions::parse("12a");
        FAIL() << "expected ParseError";
    } catch (const hikari::ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("\"12a\""), std::string::npos) << e.what();
    }
}

TEST(Permissions, ToString) {
    EXPECT_EQ(Permissions::none().to_string(), "NONE");
    EXPECT_EQ((Permissions::send_messages | Permissions::view_channel).to_string(),
              "VIEW_CHANNEL | SEND_MESSAGES");
    EXPECT_EQ(Permissions::use_vad.to_string(), "USE_VAD");
    std::ostringstream out;
    out << Permissions::administrator;
    EXPECT_EQ(out.str(), "ADMINISTRATOR");
}

TEST(Permissions, FromNames) {
    EXPECT_EQ(Permissions::from_names("send_messages | VIEW_CHANNEL"),
              Permissions::send_messages | Permissions::view_channel);
    EXPECT_EQ(Permissions::from_names("NONE"), Permissions::none());
    EXPECT_EQ(Permissions::from_names(Permissions::all().to_string()), Permissions::all());
    EXPECT_THROW(Permissions::from_names(""), hikari::ParseError);
    EXPECT_THROW(Permissions::from_names("SEND_MESSAGES|"), hikari::ParseError);
    EXPECT_THROW(Permissions::from_names("0x"), hikari::ParseError);
    EXPECT_THROW(Permissions::from_names("0x10000000000000000"), hikari::ParseError);
    try {
        Permissions::from_names("SEND_MESSAGES | SEND_MESAGES");
        FAIL() << "expected ParseError";
    } catch (const hikari::ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("\"SEND_MESAGES\""), std::string::npos) << e.what();
    }
}

TEST(Permissions, Fmt) {
    EXPECT_EQ(fmt::format("{}", Permissions::administrator | Permissions::speak),
              "ADMINISTRATOR | SPEAK");
}
