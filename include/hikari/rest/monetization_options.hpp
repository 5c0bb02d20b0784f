#pragma once
// Options of the monetization endpoints: which entitlements to list, and whose a test
// entitlement is.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>

#include <vector>

namespace hikari {

/// fetch_entitlements: newest first (or forwards from `after` alone), 100 per request.
struct EntitlementFilter {
    UndefinedOr<Snowflake> user = {};
    std::vector<Snowflake> sku_ids = {};
    UndefinedOr<Snowflake> guild = {};
    UndefinedOr<Snowflake> before = {};
    UndefinedOr<Snowflake> after = {};
    bool exclude_ended = false;
    bool exclude_deleted = true;
};

enum class EntitlementOwnerType : std::uint8_t { guild = 1, user = 2 };

}  // namespace hikari
