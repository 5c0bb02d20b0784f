#pragma once
// JSON shapes of join requests and the new-member welcome.

#include "model/fields/user_fields.hpp"

#include <hikari/model/guild_join.hpp>

namespace hikari::json {

template <>
struct Fields<JoinRequestFormField> {
    using T = JoinRequestFormField;
    static constexpr auto list = std::tuple{
        req("field_type", &T::field_type),   opt("label", &T::label),
        opt("description", &T::description), opt("required", &T::required),
        opt("choices", &T::choices),         opt("values", &T::values),
        opt("placeholder", &T::placeholder), opt("response", &T::response),
    };
};

template <>
struct Fields<GuildJoinRequest> {
    using T = GuildJoinRequest;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("guild_id", &T::guild_id),
        req("user_id", &T::user_id),
        opt("user", &T::user),
        req("created_at", &T::created_at),
        req("reviewed_at", &T::reviewed_at),
        req("application_status", &T::application_status),
        req("rejection_reason", &T::rejection_reason),
        opt("form_responses", &T::form_responses),
        opt("actioned_by_user", &T::actioned_by_user),
    };
};

template <>
struct Fields<SettingsEmoji> {
    using T = SettingsEmoji;
    static constexpr auto list =
        std::tuple{req("id", &T::id), req("name", &T::name), req("animated", &T::animated)};
};

template <>
struct Fields<NewMemberAction> {
    using T = NewMemberAction;
    static constexpr auto list = std::tuple{
        req("channel_id", &T::channel_id), req("action_type", &T::action_type),
        req("title", &T::title),           req("description", &T::description),
        opt("emoji", &T::emoji),           opt("icon", &T::icon),
    };
};

template <>
struct Fields<ResourceChannel> {
    using T = ResourceChannel;
    static constexpr auto list = std::tuple{
        req("channel_id", &T::channel_id),
        req("title", &T::title),
        req("description", &T::description),
        opt("emoji", &T::emoji),
        opt("icon", &T::icon),
    };
};

template <>
struct Fields<WelcomeMessage> {
    using T = WelcomeMessage;
    static constexpr auto list =
        std::tuple{req("author_ids", &T::author_ids), req("message", &T::message)};
};

template <>
struct Fields<GuildHomeSettings> {
    using T = GuildHomeSettings;
    static constexpr auto list = std::tuple{
        req("guild_id", &T::guild_id),
        req("enabled", &T::enabled),
        opt("welcome_message", &T::welcome_message),
        req("new_member_actions", &T::new_member_actions),
        req("resource_channels", &T::resource_channels),
    };
};

}  // namespace hikari::json
