#include <hikari/core/intents.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>

using hikari::Intents;

// The combination from the brief must be usable in constant expressions.
static_assert(
    (Intents::all_unprivileged() | Intents::message_content).contains(Intents::message_content));
static_assert(Intents::guilds.value() == 1u);

TEST(Intents, BitsMatchTheDocs) {
    EXPECT_EQ(Intents::guilds.value(), 1u << 0);
    EXPECT_EQ(Intents::guild_members.value(), 1u << 1);
    EXPECT_EQ(Intents::guild_moderation.value(), 1u << 2);
    EXPECT_EQ(Intents::guild_expressions.value(), 1u << 3);
    EXPECT_EQ(Intents::guild_integrations.value(), 1u << 4);
    EXPECT_EQ(Intents::guild_webhooks.value(), 1u << 5);
    EXPECT_EQ(Intents::guild_invites.value(), 1u << 6);
    EXPECT_EQ(Intents::guild_voice_states.value(), 1u << 7);
    EXPECT_EQ(Intents::guild_presences.value(), 1u << 8);
    EXPECT_EQ(Intents::guild_messages.value(), 1u << 9);
    EXPECT_EQ(Intents::guild_message_reactions.value(), 1u << 10);
    EXPECT_EQ(Intents::guild_message_typing.value(), 1u << 11);
    EXPECT_EQ(Intents::direct_messages.value(), 1u << 12);
    EXPECT_EQ(Intents::direct_message_reactions.value(), 1u << 13);
    EXPECT_EQ(Intents::direct_message_typing.value(), 1u << 14);
    EXPECT_EQ(Intents::message_content.value(), 1u << 15);
    EXPECT_EQ(Intents::guild_scheduled_events.value(), 1u << 16);
    EXPECT_EQ(Intents::auto_moderation_configuration.value(), 1u << 20);
    EXPECT_EQ(Intents::auto_moderation_execution.value(), 1u << 21);
    EXPECT_EQ(Intents::guild_message_polls.value(), 1u << 24);
    EXPECT_EQ(Intents::direct_message_polls.value(), 1u << 25);
}

TEST(Intents, Groups) {
    EXPECT_EQ(Intents::none().value(), 0u);
    EXPECT_EQ(Intents::all().value(), 0x0331FFFFu);
    EXPECT_EQ(Intents::privileged(),
              Intents::guild_members | Intents::guild_presences | Intents::message_content);
    EXPECT_EQ(Intents::all_unprivileged().value(),
              0x0331FFFFu & ~((1u << 1) | (1u << 8) | (1u << 15)));
    EXPECT_FALSE(Intents::all_unprivileged().is_privileged());
    EXPECT_TRUE((Intents::all_unprivileged() | Intents::message_content).is_privileged());
    EXPECT_TRUE(Intents::guild_members.is_privileged());
    EXPECT_TRUE(Intents::guild_presences.is_privileged());
    EXPECT_FALSE(Intents::guilds.is_privileged());
    EXPECT_FALSE(Intents::none().is_privileged());
}

TEST(Intents, BitOperations) {
    auto both = Intents::guilds | Intents::guild_messages;
    EXPECT_EQ(both.value(), (1u << 0) | (1u << 9));
    EXPECT_EQ(both & Intents::guilds, Intents::guilds);
    EXPECT_EQ(both ^ Intents::guilds, Intents::guild_messages);
    EXPECT_EQ(both.without(Intents::guilds), Intents::guild_messages);
    EXPECT_TRUE(both.contains(Intents::guilds));
    EXPECT_TRUE(both.contains(Intents::none()));
    EXPECT_FALSE(both.contains(Intents::guilds | Intents::guild_members));
    EXPECT_TRUE(both.any(Intents::guilds | Intents::guild_members));
    EXPECT_FALSE(both.any(Intents::guild_members));
    EXPECT_TRUE(both);
    EXPECT_FALSE(Intents::none());
    EXPECT_TRUE(Intents::none().empty());

    Intents x;
    x |= Intents::guild_invites;
    x |= Intents::guilds;
    EXPECT_EQ(x, Intents::guild_invites | Intents::guilds);
    x &= Intents::guilds;
    EXPECT_EQ(x, Intents::guilds);
    x ^= Intents::guilds;
    EXPECT_EQ(x, Intents::none());
}

TEST(Intents, ComplementStaysWithinDocumentedIntents) {
    EXPECT_EQ(~Intents::none(), Intents::all());
    EXPECT_EQ(~Intents::all(), Intents::none());
    EXPECT_EQ(~Intents::privileged(), Intents::all_unprivileged());
    EXPECT_FALSE((~Intents::guilds).unknown_bits());
}

TEST(Intents, KeepsUnknownBits) {
    Intents raw{0x80000001u};
    EXPECT_EQ(raw.value(), 0x80000001u);
    EXPECT_EQ(raw.unknown_bits().value(), 0x80000000u);
    EXPECT_FALSE(Intents::all().unknown_bits());
}

TEST(Intents, ToString) {
    EXPECT_EQ(Intents::none().to_string(), "NONE");
    EXPECT_EQ(Intents::guilds.to_string(), "GUILDS");
    EXPECT_EQ((Intents::guild_messages | Intents::guilds).to_string(), "GUILDS | GUILD_MESSAGES");
    EXPECT_EQ(Intents::privileged().to_string(),
              "GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT");
    EXPECT_EQ(Intents{0x80000000u}.to_string(), "0x80000000");
    EXPECT_EQ(Intents{0x80000001u}.to_string(), "GUILDS | 0x80000000");
    EXPECT_EQ(Intents::direct_message_polls.to_string(), "DIRECT_MESSAGE_POLLS");
    std::ostringstream out;
    out << (Intents::guilds | Intents::message_content);
    EXPECT_EQ(out.str(), "GUILDS | MESSAGE_CONTENT");
}

TEST(Intents, Parse) {
    EXPECT_EQ(Intents::parse("GUILDS|guild_messages"), Intents::guilds | Intents::guild_messages);
    EXPECT_EQ(Intents::parse(" Guilds  |  GUILD_MESSAGES "),
              Intents::guilds | Intents::guild_messages);
    EXPECT_EQ(Intents::parse("NONE"), Intents::none());
    EXPECT_EQ(Intents::parse("none"), Intents::none());
    EXPECT_EQ(Intents::parse("0x80000000|GUILDS"), Intents{0x80000001u});
    EXPECT_EQ(Intents::parse("auto_moderation_execution"), Intents::auto_moderation_execution);
}

TEST(Intents, ParseRoundTripsEveryValue) {
    for (std::uint32_t bit = 0; bit < 32; ++bit) {
        Intents one{1u << bit};
        EXPECT_EQ(Intents::parse(one.to_string()), one) << one.to_string();
    }
    EXPECT_EQ(Intents::parse(Intents::all().to_string()), Intents::all());
    EXPECT_EQ(Intents::parse(Intents{0xFFFFFFFFu}.to_string()), Intents{0xFFFFFFFFu});
}

TEST(Intents, ParseRejectsBadInputNamingIt) {
    try {
        Intents::parse("GUILDS|GUILD_MESAGES");
        FAIL() << "expected ParseError";
    } catch (const hikari::ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("\"GUILD_MESAGES\""), std::string::npos) << e.what();
    }
    EXPECT_THROW(Intents::parse(""), hikari::ParseError);
    EXPECT_THROW(Intents::parse("   "), hikari::ParseError);
    EXPECT_THROW(Intents::parse("GUILDS|"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("GUILDS||GUILD_MESSAGES"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("GUILDS,GUILD_MESSAGES"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("GUILD S"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("0x"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("0x1FFFFFFFF"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("0xZZ"), hikari::ParseError);
    EXPECT_THROW(Intents::parse("512"), hikari::ParseError);
    // ParseError is a ValueError, so callers may catch either.
    EXPECT_THROW(Intents::parse("nope"), hikari::ValueError);
}

TEST(Intents, Fmt) {
    EXPECT_EQ(fmt::format("{}", Intents::guilds | Intents::guild_messages),
              "GUILDS | GUILD_MESSAGES");
    EXPECT_EQ(fmt::format("[{:<8}]", Intents::none()), "[NONE    ]");
}
