#pragma once
// JSON shapes of invites, auto moderation rules, entitlements and subscriptions.

#include "model/fields/guild_extras_fields.hpp"

#include <hikari/model/auto_moderation.hpp>
#include <hikari/model/entitlement.hpp>
#include <hikari/model/invite.hpp>
#include <hikari/model/subscription.hpp>

namespace hikari::json {

template <>
struct Fields<Invite> {
    using T = Invite;
    static constexpr auto list = std::tuple{
        req("type", &T::type),
        req("code", &T::code),
        opt<RawJson>("guild", &T::guild),
        req<RawJson>("channel", &T::channel),
        opt("inviter", &T::inviter),
        opt("target_type", &T::target_type),
        opt("target_user", &T::target_user),
        opt<RawJson>("target_application", &T::target_application),
        opt("approximate_presence_count", &T::approximate_presence_count),
        opt("approximate_member_count", &T::approximate_member_count),
        opt("expires_at", &T::expires_at),
        opt("guild_scheduled_event", &T::guild_scheduled_event),
        opt("flags", &T::flags),
        opt<RawJson>("roles", &T::roles),
        opt("uses", &T::uses),
        opt("max_uses", &T::max_uses),
        opt("max_age", &T::max_age),
        opt("temporary", &T::temporary),
        opt("created_at", &T::created_at),
    };
};

template <>
struct Fields<AutoModerationTriggerMetadata> {
    using T = AutoModerationTriggerMetadata;
    static constexpr auto list = std::tuple{
        opt("keyword_filter", &T::keyword_filter),
        opt("regex_patterns", &T::regex_patterns),
        opt("presets", &T::presets),
        opt("allow_list", &T::allow_list),
        opt("mention_total_limit", &T::mention_total_limit),
        opt("mention_raid_protection_enabled", &T::mention_raid_protection_enabled),
    };
};

template <>
struct Fields<AutoModerationActionMetadata> {
    using T = AutoModerationActionMetadata;
    static constexpr auto list =
        std::tuple{opt("channel_id", &T::channel_id), opt("duration_seconds", &T::duration_seconds),
                   opt("custom_message", &T::custom_message)};
};

template <>
struct Fields<AutoModerationAction> {
    using T = AutoModerationAction;
    static constexpr auto list = std::tuple{req("type", &T::type), opt("metadata", &T::metadata)};
};

template <>
struct Fields<AutoModerationRule> {
    using T = AutoModerationRule;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("guild_id", &T::guild_id),
        req("name", &T::name),
        req("creator_id", &T::creator_id),
        req("event_type", &T::event_type),
        req("trigger_type", &T::trigger_type),
        req("trigger_metadata", &T::trigger_metadata),
        req("actions", &T::actions),
        req("enabled", &T::enabled),
        req("exempt_roles", &T::exempt_roles),
        req("exempt_channels", &T::exempt_channels),
    };
};

template <>
struct Fields<Entitlement> {
    using T = Entitlement;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("sku_id", &T::sku_id),
        req("application_id", &T::application_id),
        opt("user_id", &T::user_id),
        req("type", &T::type),
        req("deleted", &T::deleted),
        // Documented as always sent (nullable); absent for entitlements that never expire.
        opt("starts_at", &T::starts_at),
        opt("ends_at", &T::ends_at),
        opt("guild_id", &T::guild_id),
        opt("consumed", &T::consumed),
        opt("promotion_id", &T::promotion_id),
        opt("subscription_id", &T::subscription_id),
        opt("gift_code_flags", &T::gift_code_flags),
    };
};

template <>
struct Fields<AppSubscription> {
    using T = AppSubscription;
    static constexpr auto list = std::tuple{
        req("id", &T::id),
        req("user_id", &T::user_id),
        req("sku_ids", &T::sku_ids),
        req("entitlement_ids", &T::entitlement_ids),
        req("renewal_sku_ids", &T::renewal_sku_ids),
        req("current_period_start", &T::current_period_start),
        req("current_period_end", &T::current_period_end),
        req("status", &T::status),
        req("canceled_at", &T::canceled_at),
        opt("country", &T::country),
    };
};

}  // namespace hikari::json
