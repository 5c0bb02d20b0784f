#pragma once
// Auto moderation rules and their actions (hikari.events.auto_mod_events). Sent only to bots
// with MANAGE_GUILD.

#include <hikari/events/guild_events.hpp>
#include <hikari/model/auto_moderation.hpp>

#include <optional>
#include <string>

namespace hikari {

class AutoModEvent : public EventType<AutoModEvent, GuildEvent> {
  public:
    static constexpr EventIntents required_intents{
        Intents::auto_moderation_configuration | Intents::auto_moderation_execution, true};
};

/// A rule was created, changed or deleted.
class AutoModRuleEvent : public EventType<AutoModRuleEvent, AutoModEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::auto_moderation_configuration};
    AutoModerationRule rule;
};

class AutoModRuleCreateEvent : public EventType<AutoModRuleCreateEvent, AutoModRuleEvent> {};
class AutoModRuleUpdateEvent : public EventType<AutoModRuleUpdateEvent, AutoModRuleEvent> {};
class AutoModRuleDeleteEvent : public EventType<AutoModRuleDeleteEvent, AutoModRuleEvent> {};

/// AUTO_MODERATION_ACTION_EXECUTION: a rule was triggered and one of its actions ran.
class AutoModActionExecutionEvent : public EventType<AutoModActionExecutionEvent, AutoModEvent> {
  public:
    static constexpr EventIntents required_intents{Intents::auto_moderation_execution};
    AutoModerationAction action;
    Snowflake rule_id;
    AutoModerationTriggerType rule_trigger_type{};
    Snowflake user_id;
    std::optional<Snowflake> channel_id;
    std::optional<Snowflake> message_id;  ///< none when the message was blocked
    std::optional<Snowflake> alert_system_message_id;
    std::string content;  ///< empty without the MESSAGE_CONTENT intent
    std::optional<std::string> matched_keyword;
    std::optional<std::string> matched_content;  ///< none without MESSAGE_CONTENT
};

}  // namespace hikari
