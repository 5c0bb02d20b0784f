#pragma once
// Soundboard sounds. See docs/resources/soundboard.mdx.

#include <hikari/model/user.hpp>

namespace hikari {

struct SoundboardSound {
    std::string name;
    Snowflake sound_id;
    double volume = 1.0;  ///< 0 to 1
    std::optional<Snowflake> emoji_id;
    std::optional<std::string> emoji_name;
    std::optional<Snowflake> guild_id;  ///< absent for Discord's default sounds
    bool available = false;
    std::optional<User> user;
    bool operator==(const SoundboardSound&) const = default;
};

}  // namespace hikari
