#pragma once
// Rich embeds. See docs/resources/message.mdx "Embed Object".

#include <hikari/model/common.hpp>

namespace hikari {

struct EmbedFooter {
    std::string text;
    std::optional<std::string> icon_url;
    std::optional<std::string> proxy_icon_url;
    bool operator==(const EmbedFooter&) const = default;
};

/// Images and thumbnails (url required).
struct EmbedImage {
    std::string url;
    std::optional<std::string> proxy_url;
    std::optional<std::int32_t> height;
    std::optional<std::int32_t> width;
    std::optional<std::string> content_type;
    std::optional<std::string> placeholder;
    std::optional<std::int32_t> placeholder_version;
    std::optional<std::string> description;
    std::optional<std::uint32_t> flags;
    bool operator==(const EmbedImage&) const = default;
};

/// Videos (url optional).
struct EmbedVideo {
    std::optional<std::string> url;
    std::optional<std::string> proxy_url;
    std::optional<std::int32_t> height;
    std::optional<std::int32_t> width;
    std::optional<std::string> content_type;
    std::optional<std::string> placeholder;
    std::optional<std::int32_t> placeholder_version;
    std::optional<std::string> description;
    std::optional<std::uint32_t> flags;
    bool operator==(const EmbedVideo&) const = default;
};

struct EmbedProvider {
    std::optional<std::string> name;
    std::optional<std::string> url;
    bool operator==(const EmbedProvider&) const = default;
};

struct EmbedAuthor {
    std::string name;
    std::optional<std::string> url;
    std::optional<std::string> icon_url;
    std::optional<std::string> proxy_icon_url;
    bool operator==(const EmbedAuthor&) const = default;
};

struct EmbedField {
    std::string name;
    std::string value;
    std::optional<bool> inline_;  ///< JSON "inline" (a C++ keyword)
    bool operator==(const EmbedField&) const = default;
};

struct Embed {
    std::optional<std::string> title;
    std::optional<std::string> type;  ///< "rich", "image", "video", ... kept as sent
    std::optional<std::string> description;
    std::optional<std::string> url;
    std::optional<Timestamp> timestamp;
    std::optional<std::uint32_t> color;
    std::optional<EmbedFooter> footer;
    std::optional<EmbedImage> image;
    std::optional<EmbedImage> thumbnail;
    std::optional<EmbedVideo> video;
    std::optional<EmbedProvider> provider;
    std::optional<EmbedAuthor> author;
    std::vector<EmbedField> fields;
    std::optional<std::uint32_t> flags;
    bool operator==(const Embed&) const = default;
};

}  // namespace hikari
