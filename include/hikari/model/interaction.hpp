#pragma once
// Incoming interactions. See docs/interactions/receiving-and-responding.mdx.

#include <hikari/model/application_command.hpp>
#include <hikari/model/message.hpp>
#include <hikari/model/role.hpp>

namespace hikari {

enum class InteractionContextType : std::uint8_t { guild = 0, bot_dm = 1, private_channel = 2 };

/// The value of a command option: string, integer, double or boolean.
using OptionValue = std::variant<std::string, std::int64_t, double, bool>;

struct InteractionDataOption {
    std::string name;
    ApplicationCommandOptionType type{};
    std::optional<OptionValue> value;
    std::vector<InteractionDataOption> options;
    std::optional<bool> focused;
    bool operator==(const InteractionDataOption&) const = default;
};

/// Objects the interaction refers to, by id. Partial members, channels and
/// messages are kept as JSON text: their documented fields are a subset.
struct ResolvedData {
    Dict<User> users;
    Dict<std::string> members;
    Dict<Role> roles;
    Dict<Channel> channels;
    Dict<std::string> messages;
    Dict<Attachment> attachments;
    bool operator==(const ResolvedData&) const = default;
};

/// The data of command, component and modal interactions in one struct; which
/// fields are set depends on the interaction's type.
struct InteractionData {
    // Application commands.
    std::optional<Snowflake> id;
    std::optional<std::string> name;
    std::optional<ApplicationCommandType> type;
    std::vector<InteractionDataOption> options;
    std::optional<Snowflake> guild_id;
    std::optional<Snowflake> target_id;
    // Components and modals.
    std::optional<std::string> custom_id;
    std::optional<ComponentType> component_type;
    std::vector<std::string> values;
    std::vector<Component> components;
    Box<ResolvedData> resolved;
    bool operator==(const InteractionData&) const = default;
};

struct Interaction {
    Snowflake id;
    Snowflake application_id;
    InteractionType type{};
    Box<InteractionData> data;
    std::optional<std::string> guild;  ///< a partial guild, as JSON text
    std::optional<Snowflake> guild_id;
    Box<Channel> channel;  ///< partial
    std::optional<Snowflake> channel_id;
    std::optional<Member> member;  ///< in guilds, with `user` and `permissions`
    std::optional<User> user;      ///< outside guilds
    std::string token;
    std::int32_t version = 0;
    Box<Message> message;  ///< component interactions: the message the component is on
    std::optional<Permissions> app_permissions;
    std::optional<std::string> locale;
    std::optional<std::string> guild_locale;
    std::vector<std::string> entitlements;  ///< entitlement objects, as JSON text
    std::optional<std::string> authorizing_integration_owners;  ///< as JSON text
    std::optional<InteractionContextType> context;
    std::optional<std::int64_t> attachment_size_limit;
    bool operator==(const Interaction&) const = default;
};

}  // namespace hikari
