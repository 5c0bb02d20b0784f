// The event hierarchy: compile-time type information, names, intents and event_cast.

#include <hikari/events/events.hpp>

#include <gtest/gtest.h>

namespace {

using namespace hikari;

class CustomEvent : public EventType<CustomEvent> {
  public:
    int value = 0;
};

class NamedEvent : public EventType<NamedEvent, CustomEvent> {
  public:
    static constexpr std::string_view event_name = "my.named";
    static constexpr EventIntents required_intents{Intents::guild_invites};
};

class UnnamedChild : public EventType<UnnamedChild, NamedEvent> {};

TEST(EventType, ChainListsEveryBaseUpToEvent) {
    const EventTypeInfo& type = event_type_v<GuildMessageCreateEvent>;
    std::vector<std::string_view> names;
    for (const EventTypeInfo* t = &type; t != nullptr; t = t->parent) names.push_back(t->name);
    EXPECT_EQ(names, (std::vector<std::string_view>{"GuildMessageCreateEvent", "MessageCreateEvent",
                                                    "MessageEvent", "Event"}));
    EXPECT_EQ(type.depth, 3U);
    EXPECT_EQ(event_type_v<Event>.parent, nullptr);
}

TEST(EventType, InfoIsAConstantExpression) {
    static_assert(event_type_v<DMMessageCreateEvent>.parent == &event_type_v<MessageCreateEvent>);
    static_assert(event_type_v<DMMessageCreateEvent>.is_a(event_type_v<MessageEvent>));
    static_assert(!event_type_v<MessageEvent>.is_a(event_type_v<MessageCreateEvent>));
    EXPECT_TRUE(event_type_v<GuildMessageCreateEvent>.is_a(event_type_v<Event>));
}

TEST(EventType, DynamicTypeIsTheMostDerived) {
    GuildMessageCreateEvent event;
    const Event& base = event;
    EXPECT_EQ(&base.event_type(), &event_type_v<GuildMessageCreateEvent>);
    EXPECT_EQ(&Event{}.event_type(), &event_type_v<Event>);
}

TEST(EventType, EventCastFollowsTheHierarchy) {
    DMMessageCreateEvent event;
    event.channel_id = Snowflake{42};
    const Event& base = event;
    const auto* message = event_cast<MessageEvent>(base);
    ASSERT_NE(message, nullptr);
    EXPECT_EQ(message->channel_id, Snowflake{42});
    EXPECT_EQ(event_cast<GuildMessageCreateEvent>(base), nullptr);
    EXPECT_EQ(event_cast<ReactionEvent>(base), nullptr);
    EXPECT_NE(event_cast<Event>(base), nullptr);
}

TEST(EventType, CustomEventsGetTheirClassNameOrTheirOwn) {
    EXPECT_EQ(event_type_v<CustomEvent>.name, "CustomEvent");
    EXPECT_EQ(event_type_v<NamedEvent>.name, "my.named");
    // An inherited event_name does not name the subclass.
    EXPECT_EQ(event_type_v<UnnamedChild>.name, "UnnamedChild");
    EXPECT_EQ(event_type_v<UnnamedChild>.parent, &event_type_v<NamedEvent>);
}

TEST(EventType, IntentsAreInheritedUnlessRedeclared) {
    EXPECT_EQ(event_type_v<UnnamedChild>.intents.intents, Intents::guild_invites);
    EXPECT_EQ(event_type_v<CustomEvent>.intents.intents, Intents::none());
    EXPECT_EQ(event_type_v<MemberCreateEvent>.intents.intents, Intents::guild_members);
    EXPECT_EQ(event_type_v<GuildMessageCreateEvent>.intents.intents, Intents::guild_messages);
    EXPECT_TRUE(event_type_v<MessageCreateEvent>.intents.any);
    EXPECT_EQ(event_type_v<BanCreateEvent>.intents.intents, Intents::guild_moderation);
}

TEST(EventIntents, MissingFromAllAndAnyRequirements) {
    const EventIntents all{Intents::guilds | Intents::guild_members};
    EXPECT_EQ(all.missing_from(Intents::guilds), Intents::guild_members);
    EXPECT_EQ(all.missing_from(Intents::guilds | Intents::guild_members), Intents::none());
    const EventIntents any{Intents::guild_messages | Intents::direct_messages, true};
    EXPECT_EQ(any.missing_from(Intents::direct_messages), Intents::none());
    EXPECT_EQ(any.missing_from(Intents::guilds),
              Intents::guild_messages | Intents::direct_messages);
    EXPECT_EQ(EventIntents{}.missing_from(Intents::none()), Intents::none());
}

}  // namespace
