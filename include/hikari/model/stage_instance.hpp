#pragma once
// Live stages. See docs/resources/stage-instance.mdx.

#include <hikari/model/common.hpp>

namespace hikari {

enum class StagePrivacyLevel : std::uint8_t { public_ = 1, guild_only = 2 };

struct StageInstance {
    Snowflake id;
    Snowflake guild_id;
    Snowflake channel_id;
    std::string topic;
    StagePrivacyLevel privacy_level{};
    bool discoverable_disabled = false;
    std::optional<Snowflake> guild_scheduled_event_id;
    bool operator==(const StageInstance&) const = default;
};

}  // namespace hikari
