#pragma once
// Arguments of the emoji, sticker and soundboard endpoints, and the data URI images and
// sounds are sent as.

#include <hikari/model/emoji.hpp>
#include <hikari/model/soundboard.hpp>
#include <hikari/model/sticker.hpp>
#include <hikari/rest/file_upload.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hikari {

/// "data:<mime>;base64,<bytes encoded>", as Discord takes images and sounds in JSON bodies.
[[nodiscard]] std::string data_uri(std::string_view mime_type, std::string_view bytes);

struct EmojiCreateOptions {
    std::string name = {};
    /// A data URI of a PNG, JPEG, GIF or WebP image of at most 256 KiB (see data_uri).
    std::string image = {};
    /// Roles allowed to use it (guild emojis only); empty for everyone.
    std::vector<Snowflake> roles = {};
};

struct EmojiEditOptions {
    UndefinedOr<std::string> name = {};
    /// Guild emojis only; none or an empty list for everyone.
    UndefinedNoneOr<std::vector<Snowflake>> roles = {};
};

struct StickerCreateOptions {
    std::string name = {};         ///< 2-30 characters
    std::string description = {};  ///< empty or 2-100 characters
    std::string tags = {};         ///< autocomplete keywords, up to 200 characters
    /// A PNG, APNG, GIF or Lottie JSON file of at most 512 KiB, sent as multipart.
    std::optional<FileUpload> file = {};
};

struct StickerEditOptions {
    UndefinedOr<std::string> name = {};
    UndefinedNoneOr<std::string> description = {};
    UndefinedOr<std::string> tags = {};
};

/// A pack of Discord's standard stickers.
struct StickerPack {
    Snowflake id = {};
    std::vector<Sticker> stickers = {};
    std::string name = {};
    Snowflake sku_id = {};
    std::optional<Snowflake> cover_sticker_id = {};
    std::string description = {};
    std::optional<Snowflake> banner_asset_id = {};
};

struct SoundboardSoundCreateOptions {
    std::string name = {};  ///< 2-32 characters
    /// A data URI of an MP3 or OGG sound of at most 512 KiB (see data_uri).
    std::string sound = {};
    UndefinedNoneOr<double> volume = {};  ///< 0 to 1
    UndefinedNoneOr<Snowflake> emoji_id = {};
    UndefinedNoneOr<std::string> emoji_name = {};
};

struct SoundboardSoundEditOptions {
    UndefinedOr<std::string> name = {};
    UndefinedNoneOr<double> volume = {};
    UndefinedNoneOr<Snowflake> emoji_id = {};
    UndefinedNoneOr<std::string> emoji_name = {};
};

}  // namespace hikari
