#pragma once
// Message and modal components, the layout components of "components v2"
// included. See docs/components/reference.mdx.

#include <hikari/model/box.hpp>
#include <hikari/model/partial_emoji.hpp>

namespace hikari {

enum class ComponentType : std::uint8_t {
    action_row = 1,
    button = 2,
    string_select = 3,
    text_input = 4,
    user_select = 5,
    role_select = 6,
    mentionable_select = 7,
    channel_select = 8,
    section = 9,
    text_display = 10,
    thumbnail = 11,
    media_gallery = 12,
    file = 13,
    separator = 14,
    content_inventory_entry = 16,
    container = 17,
    label = 18,
    file_upload = 19,
};

enum class ButtonStyle : std::uint8_t {
    primary = 1,
    secondary = 2,
    success = 3,
    danger = 4,
    link = 5,
    premium = 6,
};
enum class TextInputStyle : std::uint8_t { short_ = 1, paragraph = 2 };

struct SelectOption {
    std::string label;
    std::string value;
    std::optional<std::string> description;
    std::optional<PartialEmoji> emoji;
    std::optional<bool> default_;  ///< JSON "default" (a C++ keyword)
    bool operator==(const SelectOption&) const = default;
};

/// A pre-selected entry of an auto-populated select; type is "user", "role" or "channel".
struct SelectDefaultValue {
    Snowflake id;
    std::string type;
    bool operator==(const SelectDefaultValue&) const = default;
};

struct UnfurledMediaItem {
    std::string url;
    std::optional<std::string> proxy_url;
    UndefinedNoneOr<std::int32_t> height;
    UndefinedNoneOr<std::int32_t> width;
    std::optional<std::string> placeholder;
    std::optional<std::int32_t> placeholder_version;
    std::optional<std::string> content_type;
    std::optional<std::uint32_t> flags;
    std::optional<Snowflake> attachment_id;
    bool operator==(const UnfurledMediaItem&) const = default;
};

struct MediaGalleryItem {
    UnfurledMediaItem media;
    UndefinedNoneOr<std::string> description;
    std::optional<bool> spoiler;
    bool operator==(const MediaGalleryItem&) const = default;
};

/// Every component type in one struct: `type` says which fields apply. Kept as one
/// struct because Discord nests them freely (rows, sections, containers, labels).
struct Component {
    ComponentType type{};
    std::optional<std::int32_t> id;
    std::optional<std::uint8_t> style;  ///< a ButtonStyle or TextInputStyle
    std::optional<std::string> custom_id;
    std::optional<std::string> label;
    std::optional<PartialEmoji> emoji;
    std::optional<Snowflake> sku_id;
    std::optional<std::string> url;
    std::optional<bool> disabled;
    std::vector<SelectOption> options;
    std::optional<std::string> placeholder;
    std::vector<SelectDefaultValue> default_values;
    std::vector<std::uint8_t> channel_types;
    std::optional<std::int32_t> min_values;
    std::optional<std::int32_t> max_values;
    std::optional<std::int32_t> min_length;
    std::optional<std::int32_t> max_length;
    std::optional<bool> required;
    std::optional<std::string> value;
    std::optional<std::string> content;
    UndefinedNoneOr<std::string> description;
    std::optional<UnfurledMediaItem> media;
    std::vector<MediaGalleryItem> items;
    std::optional<UnfurledMediaItem> file;
    std::optional<std::string> name;
    std::optional<std::int64_t> size;
    std::optional<bool> spoiler;
    std::optional<bool> divider;
    std::optional<std::uint8_t> spacing;
    UndefinedNoneOr<std::int32_t> accent_color;
    std::vector<std::string> file_types;
    std::vector<std::string> values;  ///< select values in modal submissions
    std::vector<Component> components;
    Box<Component> accessory;  ///< sections
    Box<Component> component;  ///< labels

    bool operator==(const Component&) const = default;
};

}  // namespace hikari
