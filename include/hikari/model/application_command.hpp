#pragma once
// Application commands. See docs/interactions/application-commands.mdx.

#include <hikari/model/channel.hpp>
#include <hikari/model/dict.hpp>

#include <variant>

namespace hikari {

enum class ApplicationCommandType : std::uint8_t {
    chat_input = 1,
    user = 2,
    message = 3,
    primary_entry_point = 4,
};

enum class ApplicationCommandOptionType : std::uint8_t {
    sub_command = 1,
    sub_command_group = 2,
    string = 3,
    integer = 4,
    boolean = 5,
    user = 6,
    channel = 7,
    role = 8,
    mentionable = 9,
    number = 10,
    attachment = 11,
};

/// Locale ("en-US", "fr", ...) -> text.
using Localizations = Dict<std::string>;

/// The value of a choice: a string, an integer or a double, as the option's type says.
using ChoiceValue = std::variant<std::string, std::int64_t, double>;
/// A bound of an integer or number option.
using NumberBound = std::variant<std::int64_t, double>;

struct ApplicationCommandOptionChoice {
    std::string name;
    UndefinedNoneOr<Localizations> name_localizations;
    ChoiceValue value;
    bool operator==(const ApplicationCommandOptionChoice&) const = default;
};

struct ApplicationCommandOption {
    ApplicationCommandOptionType type{};
    std::string name;
    UndefinedNoneOr<Localizations> name_localizations;
    std::string description;
    UndefinedNoneOr<Localizations> description_localizations;
    std::optional<bool> required;
    std::vector<ApplicationCommandOptionChoice> choices;
    std::vector<ApplicationCommandOption> options;
    std::vector<ChannelType> channel_types;
    std::optional<NumberBound> min_value;
    std::optional<NumberBound> max_value;
    std::optional<std::int32_t> min_length;
    std::optional<std::int32_t> max_length;
    std::optional<bool> autocomplete;
    std::vector<std::string> file_types;
    bool operator==(const ApplicationCommandOption&) const = default;
};

struct ApplicationCommand {
    Snowflake id;
    std::optional<ApplicationCommandType> type;
    Snowflake application_id;
    std::optional<Snowflake> guild_id;
    std::string name;
    UndefinedNoneOr<Localizations> name_localizations;
    std::string description;  ///< empty for user and message commands
    UndefinedNoneOr<Localizations> description_localizations;
    std::vector<ApplicationCommandOption> options;
    std::optional<Permissions> default_member_permissions;
    std::optional<bool> dm_permission;
    UndefinedNoneOr<bool> default_permission;
    std::optional<bool> nsfw;
    std::vector<std::uint8_t> integration_types;  ///< 0 guild install, 1 user install
    UndefinedNoneOr<std::vector<std::uint8_t>> contexts;
    Snowflake version;
    std::optional<std::uint8_t> handler;
    bool operator==(const ApplicationCommand&) const = default;
};

enum class ApplicationCommandPermissionType : std::uint8_t { role = 1, user = 2, channel = 3 };

/// One allow or deny for a role, user or channel. `id` may also be a constant: the guild id
/// (@everyone) or the guild id minus one (all channels).
struct ApplicationCommandPermission {
    Snowflake id;
    ApplicationCommandPermissionType type{};
    bool permission = false;
    bool operator==(const ApplicationCommandPermission&) const = default;
};

/// The permissions of one command in one guild; `id` is the application id when they apply
/// to every command without overwrites of its own.
struct GuildApplicationCommandPermissions {
    Snowflake id;
    Snowflake application_id;
    Snowflake guild_id;
    std::vector<ApplicationCommandPermission> permissions;
    bool operator==(const GuildApplicationCommandPermissions&) const = default;
};

}  // namespace hikari
