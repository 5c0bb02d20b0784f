#pragma once
// Stickers. See docs/resources/sticker.mdx.

#include <hikari/model/user.hpp>

namespace hikari {

enum class StickerType : std::uint8_t { standard = 1, guild = 2 };
enum class StickerFormatType : std::uint8_t { png = 1, apng = 2, lottie = 3, gif = 4 };

struct Sticker {
    Snowflake id;
    std::optional<Snowflake> pack_id;
    std::string name;
    std::optional<std::string> description;
    std::string tags;  ///< comma-separated autocomplete keywords
    StickerType type{};
    StickerFormatType format_type{};
    std::optional<bool> available;
    std::optional<Snowflake> guild_id;
    std::optional<User> user;
    std::optional<std::int32_t> sort_value;
    bool operator==(const Sticker&) const = default;
};

/// The smallest form of a sticker, as messages carry it.
struct StickerItem {
    Snowflake id;
    std::string name;
    StickerFormatType format_type{};
    bool operator==(const StickerItem&) const = default;
};

}  // namespace hikari
