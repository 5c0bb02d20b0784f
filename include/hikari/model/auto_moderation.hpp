#pragma once
// Auto moderation rules. See docs/resources/auto-moderation.mdx.

#include <hikari/model/common.hpp>

namespace hikari {

enum class AutoModerationEventType : std::uint8_t { message_send = 1, member_update = 2 };
enum class AutoModerationTriggerType : std::uint8_t {
    keyword = 1,
    spam = 3,
    keyword_preset = 4,
    mention_spam = 5,
    member_profile = 6,
};
enum class AutoModerationActionType : std::uint8_t {
    block_message = 1,
    send_alert_message = 2,
    timeout = 3,
    block_member_interaction = 4,
};

/// Which fields apply depends on the rule's trigger type.
struct AutoModerationTriggerMetadata {
    std::vector<std::string> keyword_filter;
    std::vector<std::string> regex_patterns;
    std::vector<std::uint8_t> presets;  ///< 1 profanity, 2 sexual content, 3 slurs
    std::vector<std::string> allow_list;
    std::optional<std::int32_t> mention_total_limit;
    std::optional<bool> mention_raid_protection_enabled;
    bool operator==(const AutoModerationTriggerMetadata&) const = default;
};

/// Which fields apply depends on the action's type.
struct AutoModerationActionMetadata {
    std::optional<Snowflake> channel_id;
    std::optional<std::int32_t> duration_seconds;
    std::optional<std::string> custom_message;
    bool operator==(const AutoModerationActionMetadata&) const = default;
};

struct AutoModerationAction {
    AutoModerationActionType type{};
    std::optional<AutoModerationActionMetadata> metadata;
    bool operator==(const AutoModerationAction&) const = default;
};

struct AutoModerationRule {
    Snowflake id;
    Snowflake guild_id;
    std::string name;
    Snowflake creator_id;
    AutoModerationEventType event_type{};
    AutoModerationTriggerType trigger_type{};
    AutoModerationTriggerMetadata trigger_metadata;
    std::vector<AutoModerationAction> actions;
    bool enabled = false;
    std::vector<Snowflake> exempt_roles;
    std::vector<Snowflake> exempt_channels;
    bool operator==(const AutoModerationRule&) const = default;
};

}  // namespace hikari
