#pragma once
// Voice regions (GET /voice/regions, GET /guilds/{id}/regions). See docs/resources/voice.mdx.

#include <string>

namespace hikari {

struct VoiceRegion {
    std::string id;  ///< e.g. "us-east"; not a snowflake
    std::string name;
    bool optimal = false;  ///< the closest to the current user's client
    bool deprecated = false;
    bool custom = false;  ///< for events and the like
    bool operator==(const VoiceRegion&) const = default;
};

}  // namespace hikari
