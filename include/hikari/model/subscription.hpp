#pragma once
// Subscriptions to a premium app's SKUs. See docs/resources/subscription.mdx.

#include <hikari/model/common.hpp>

namespace hikari {

enum class SubscriptionStatus : std::uint8_t { active = 0, inactive = 1, ending = 2 };

/// A user's subscription to an app's SKUs (named apart from hikari::Subscription, a
/// listener's handle).
struct AppSubscription {
    Snowflake id;
    Snowflake user_id;
    std::vector<Snowflake> sku_ids;
    std::vector<Snowflake> entitlement_ids;
    std::optional<std::vector<Snowflake>> renewal_sku_ids;
    Timestamp current_period_start{};
    Timestamp current_period_end{};
    SubscriptionStatus status{};
    std::optional<Timestamp> canceled_at;
    std::optional<std::string> country;
    bool operator==(const AppSubscription&) const = default;
};

}  // namespace hikari
