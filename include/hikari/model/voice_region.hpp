#pragma once
// A voice region (GET /voice/regions, GET /guilds/{id}/regions). See docs/resources/voice.mdx.

#include <hikari/model/common.hpp>

namespace hikari {

struct VoiceRegion {
    std::string id;
    std::string name;
    bool optimal = false;  ///< closest to the current user's client
    bool deprecated = false;
    bool custom = false;  ///< events and the like
    bool operator==(const VoiceRegion&) const = default;
};

}  // namespace hikari
