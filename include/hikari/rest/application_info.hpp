#pragma once
// The bot's own application as GET/PATCH /applications/@me return it, reduced to the fields a
// bot reads or edits. (A full Application model belongs to the model layer; until it exists
// this small struct stands in.) And what command permission edits take.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/core/snowflake.hpp>
#include <hikari/core/undefined.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hikari {

struct ApplicationInfo {
    Snowflake id;
    std::string name;
    std::optional<std::string> icon;
    std::string description;
    bool bot_public = false;
    bool bot_require_code_grant = false;
    std::optional<std::uint64_t> flags;
    std::optional<std::int64_t> approximate_guild_count;
    std::optional<std::string> interactions_endpoint_url;
    std::optional<std::string> custom_install_url;
    std::vector<std::string> tags;
    bool operator==(const ApplicationInfo&) const = default;
};

/// edit_my_application: only the fields set change.
struct ApplicationEditOptions {
    UndefinedOr<std::string> description = {};
    UndefinedNoneOr<std::string> interactions_endpoint_url = {};
    UndefinedOr<std::string> custom_install_url = {};
    UndefinedOr<std::vector<std::string>> tags = {};
    UndefinedOr<std::uint64_t> flags = {};
};

}  // namespace hikari
