#pragma once
// How new members come in: a guild's join requests (member applications, with the answers to
// its verification form) and its new-member welcome ("server guide"). Neither has a page in
// the docs; the shapes are openapi.json's GuildJoinRequestResponse and GuildHomeSettingsResponse.

#include <hikari/model/user.hpp>

#include <variant>

namespace hikari {

/// One answer on a join request's form. field_type is TERMS, TEXT_INPUT, PARAGRAPH or
/// MULTIPLE_CHOICE (kept as a string); response is a bool (terms accepted), a string (text)
/// or the index of the chosen choice.
struct JoinRequestFormField {
    std::string field_type;
    std::optional<std::string> label;
    std::optional<std::string> description;
    std::optional<bool> required;
    std::optional<std::vector<std::string>> choices;  ///< MULTIPLE_CHOICE
    std::optional<std::vector<std::string>> values;   ///< TERMS
    std::optional<std::string> placeholder;
    std::optional<std::variant<std::string, std::int64_t, bool>> response;
    bool operator==(const JoinRequestFormField&) const = default;
};

/// A user's request to join a guild that reviews applicants.
struct GuildJoinRequest {
    Snowflake id;
    Snowflake guild_id;
    Snowflake user_id;
    std::optional<User> user;
    Timestamp created_at{};
    std::optional<Timestamp> reviewed_at;
    /// STARTED, SUBMITTED, REJECTED or APPROVED (kept as a string).
    std::optional<std::string> application_status;
    std::optional<std::string> rejection_reason;  ///< only when REJECTED
    std::optional<std::vector<JoinRequestFormField>> form_responses;
    std::optional<User> actioned_by_user;
    bool operator==(const GuildJoinRequest&) const = default;
};

/// An emoji as the welcome settings show it (custom: id; unicode: name only).
struct SettingsEmoji {
    std::optional<Snowflake> id;
    std::optional<std::string> name;
    bool animated = false;
    bool operator==(const SettingsEmoji&) const = default;
};

enum class NewMemberActionType : std::uint8_t { view = 0, talk = 1 };

/// A to-do shown to new members: visit (view) or post in (talk) a channel.
struct NewMemberAction {
    Snowflake channel_id;
    NewMemberActionType action_type{};
    std::string title;
    std::string description;
    std::optional<SettingsEmoji> emoji;
    std::optional<std::string> icon;
    bool operator==(const NewMemberAction&) const = default;
};

/// A channel listed as a resource in the guide.
struct ResourceChannel {
    Snowflake channel_id;
    std::string title;
    std::string description;
    std::optional<SettingsEmoji> emoji;
    std::optional<std::string> icon;
    bool operator==(const ResourceChannel&) const = default;
};

struct WelcomeMessage {
    std::vector<Snowflake> author_ids;
    std::string message;
    bool operator==(const WelcomeMessage&) const = default;
};

/// What a guild shows its new members (GET /guilds/{id}/new-member-welcome).
struct GuildHomeSettings {
    Snowflake guild_id;
    bool enabled = false;
    std::optional<WelcomeMessage> welcome_message;
    std::vector<NewMemberAction> new_member_actions;
    std::vector<ResourceChannel> resource_channels;
    bool operator==(const GuildHomeSettings&) const = default;
};

}  // namespace hikari
