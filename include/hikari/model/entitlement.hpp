#pragma once
// Entitlements to premium offerings. See docs/resources/entitlement.mdx.

#include <hikari/model/common.hpp>

namespace hikari {

enum class EntitlementType : std::uint8_t {
    purchase = 1,
    premium_subscription = 2,
    developer_gift = 3,
    test_mode_purchase = 4,
    free_purchase = 5,
    user_gift = 6,
    premium_purchase = 7,
    application_subscription = 8,
};

struct Entitlement {
    Snowflake id;
    Snowflake sku_id;
    Snowflake application_id;
    std::optional<Snowflake> user_id;
    EntitlementType type{};
    bool deleted = false;
    std::optional<Timestamp> starts_at;
    std::optional<Timestamp> ends_at;
    std::optional<Snowflake> guild_id;
    std::optional<bool> consumed;
    // Sent but not in the documented table.
    UndefinedNoneOr<Snowflake> promotion_id;
    UndefinedNoneOr<Snowflake> subscription_id;
    std::optional<std::uint32_t> gift_code_flags;
    bool operator==(const Entitlement&) const = default;
};

}  // namespace hikari
