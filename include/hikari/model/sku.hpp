#pragma once
// SKUs: the premium offerings of an application. See docs/resources/sku.mdx.

#include <hikari/model/common.hpp>

namespace hikari {

enum class SkuType : std::uint8_t {
    durable = 2,
    consumable = 3,
    subscription = 5,
    subscription_group = 6,  ///< generated for each subscription; not for checks
};

enum class SkuFlags : std::uint32_t {
    available = 1U << 2,
    guild_subscription = 1U << 7,
    user_subscription = 1U << 8,
};
template <>
inline constexpr bool enable_flag_operators<SkuFlags> = true;

struct Sku {
    Snowflake id;
    SkuType type{};
    Snowflake application_id;
    std::string name;
    std::string slug;
    SkuFlags flags{};
    bool operator==(const Sku&) const = default;
};

}  // namespace hikari
