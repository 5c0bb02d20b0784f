#pragma once
// Invites, with their metadata when sent. See docs/resources/invite.mdx.

#include <hikari/model/guild_scheduled_event.hpp>

namespace hikari {

enum class InviteType : std::uint8_t { guild = 0, group_dm = 1, friend_ = 2 };
enum class InviteTargetType : std::uint8_t { stream = 1, embedded_application = 2 };

struct Invite {
    InviteType type{};
    std::string code;
    std::optional<std::string> guild;    ///< a partial guild, as JSON text
    std::optional<std::string> channel;  ///< a partial channel as JSON text; null for some
    std::optional<User> inviter;
    std::optional<InviteTargetType> target_type;
    std::optional<User> target_user;
    std::optional<std::string> target_application;  ///< a partial application, as JSON text
    std::optional<std::int32_t> approximate_presence_count;
    std::optional<std::int32_t> approximate_member_count;
    UndefinedNoneOr<Timestamp> expires_at;  ///< documented as always sent; not in every payload
    std::optional<GuildScheduledEvent> guild_scheduled_event;
    std::optional<std::uint32_t> flags;
    std::vector<std::string> roles;  ///< partial roles, as JSON text
    // Invite metadata (invites fetched by their guild or channel).
    std::optional<std::int32_t> uses;
    std::optional<std::int32_t> max_uses;
    std::optional<std::int32_t> max_age;
    std::optional<bool> temporary;
    std::optional<Timestamp> created_at;
    bool operator==(const Invite&) const = default;
};

}  // namespace hikari
