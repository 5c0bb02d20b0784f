#pragma once
// The emoji shape of reactions, buttons, select options and polls: either a
// unicode emoji ({"name": "🔥"}) or a custom one ({"id": ..., "name": ..., "animated": ...}).

#include <hikari/model/common.hpp>

namespace hikari {

struct PartialEmoji {
    UndefinedNoneOr<Snowflake> id;
    UndefinedNoneOr<std::string> name;  ///< null for a custom emoji that was deleted
    std::optional<bool> animated;
    bool operator==(const PartialEmoji&) const = default;
};

}  // namespace hikari
