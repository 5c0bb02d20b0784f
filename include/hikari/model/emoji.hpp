#pragma once
// Emojis. See docs/resources/emoji.mdx "Emoji Object".

#include <hikari/model/user.hpp>

namespace hikari {

/// A custom emoji (id set) or a unicode one (id null, name the character).
/// Reaction emojis may have a null name when the custom emoji was deleted.
struct Emoji {
    std::optional<Snowflake> id;
    std::optional<std::string> name;
    std::vector<Snowflake> roles;
    std::optional<User> user;
    std::optional<bool> require_colons;
    std::optional<bool> managed;
    std::optional<bool> animated;
    std::optional<bool> available;
    bool operator==(const Emoji&) const = default;
};

}  // namespace hikari
