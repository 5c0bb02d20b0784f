#include <hikari/core/cdn.hpp>

#include "core/text.hpp"

#include <fmt/format.h>

#include <array>
#include <iterator>
#include <utility>

namespace hikari {

namespace {

using detail::iequals;

constexpr std::array<std::string_view, 5> display_names{"PNG", "JPEG", "WebP", "GIF", "Lottie"};

// 0 for a value outside the enumeration (a cast from a bad integer), which no endpoint allows.
constexpr unsigned bit(ImageFormat format) {
    const auto index = static_cast<unsigned>(format);
    return index < display_names.size() ? 1u << index : 0u;
}

// The "Supports" column of the CDN endpoints table.
constexpr unsigned png_only = bit(ImageFormat::png);
constexpr unsigned still = png_only | bit(ImageFormat::jpeg) | bit(ImageFormat::webp);
constexpr unsigned animatable = still | bit(ImageFormat::gif);
constexpr unsigned sticker_formats = png_only | bit(ImageFormat::gif) | bit(ImageFormat::lottie);

std::string display_name(ImageFormat format) {
    if (bit(format) == 0) return fmt::format("unknown format #{}", static_cast<int>(format));
    return std::string{display_names[static_cast<std::size_t>(format)]};
}

std::string allowed_list(unsigned allowed) {
    std::string out;
    for (std::size_t i = 0; i < display_names.size(); ++i) {
        if ((allowed & (1u << i)) == 0) continue;
        if (!out.empty()) out += ", ";
        out += display_names[i];
    }
    return out;
}

bool is_hash_char(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Hashes go into the URL path unescaped, so anything else (a '/', a '?') is refused.
void check_hash(std::string_view what, std::string_view hash) {
    bool ok = !hash.empty();
    for (char c : hash) ok = ok && is_hash_char(c);
    if (!ok) {
        throw ValueError(fmt::format("invalid {} hash \"{}\": expected letters, digits and '_'",
                                     what, hash.substr(0, 64)));
    }
}

void check_size(unsigned size) {
    const bool power_of_two = size != 0 && (size & (size - 1)) == 0;
    if (!power_of_two || size < 16 || size > 4096) {
        throw ValueError(fmt::format(
            "invalid image size {}: expected a power of two between 16 and 4096", size));
    }
}

void check_format(std::string_view what, ImageFormat format, unsigned allowed) {
    if ((allowed & bit(format)) == 0) {
        throw ValueError(fmt::format("{} images are served as {}, not {}", what,
                                     allowed_list(allowed), display_name(format)));
    }
}

// Picks the format, checks everything and appends ".ext?query" to `url`.
std::string finish(std::string url, std::string_view what, unsigned allowed, bool animated,
                   const ImageOptions& options) {
    const ImageFormat format = options.format.value_or(
        animated && (allowed & bit(ImageFormat::gif)) != 0 ? ImageFormat::gif : ImageFormat::png);
    check_format(what, format, allowed);
    if (format == ImageFormat::gif && !animated) {
        throw ValueError(fmt::format("this {} is not animated, so it has no GIF", what));
    }
    url += '.';
    url += extension(format);
    char separator = '?';
    if (options.size) {
        check_size(*options.size);
        fmt::format_to(std::back_inserter(url), "{}size={}", separator, *options.size);
        separator = '&';
    }
    // Animated images come as animated WebP only when asked for (docs, endpoints note *).
    if (animated && format == ImageFormat::webp) {
        url += separator;
        url += "animated=true";
    }
    return url;
}

std::string hashed(std::string url, std::string_view what, const ImageHash& hash, unsigned allowed,
                   const ImageOptions& options) {
    if (hash.digest() == nullptr) check_hash(what, hash.to_string());
    const bool animated = (allowed & bit(ImageFormat::gif)) != 0 && hash.is_animated();
    hash.append_to(url);
    return finish(std::move(url), what, allowed, animated, options);
}

std::string checked_base(std::string_view url, std::string_view what) {
    while (url.ends_with('/')) url.remove_suffix(1);
    std::string_view host = url;
    if (host.starts_with("https://")) {
        host.remove_prefix(8);
    } else if (host.starts_with("http://")) {
        host.remove_prefix(7);
    } else {
        host = {};
    }
    bool ok = !host.empty();
    for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        ok = ok && byte > 0x20 && byte < 0x7F && c != '?' && c != '#';
    }
    if (!ok) {
        throw ValueError(fmt::format("invalid {} \"{}\": expected an http(s) URL without query",
                                     what, url.substr(0, 128)));
    }
    return std::string{url};
}

}  // namespace

ImageFormat parse_image_format(std::string_view name) {
    if (iequals(name, "png")) return ImageFormat::png;
    if (iequals(name, "jpg") || iequals(name, "jpeg")) return ImageFormat::jpeg;
    if (iequals(name, "webp")) return ImageFormat::webp;
    if (iequals(name, "gif")) return ImageFormat::gif;
    if (iequals(name, "json") || iequals(name, "lottie")) return ImageFormat::lottie;
    throw ParseError(fmt::format(
        "unknown image format \"{}\": expected png, jpg, jpeg, webp, gif, json or lottie",
        name.substr(0, 64)));
}

std::string_view extension(ImageFormat format) noexcept {
    switch (format) {
        case ImageFormat::png:
            return "png";
        case ImageFormat::jpeg:
            return "jpg";
        case ImageFormat::webp:
            return "webp";
        case ImageFormat::gif:
            return "gif";
        case ImageFormat::lottie:
            return "json";
    }
    return "png";
}

Cdn::Cdn() : base_url_(default_base_url), media_url_(default_media_url) {}

Cdn::Cdn(std::string_view base_url, std::string_view media_url)
    : base_url_(checked_base(base_url, "CDN base URL")),
      media_url_(checked_base(media_url, "media URL")) {}

std::string Cdn::user_avatar(Snowflake user_id, const ImageHash& hash,
                             const ImageOptions& options) const {
    return hashed(fmt::format("{}/avatars/{}/", base_url_, user_id.value()), "user avatar", hash,
                  animatable, options);
}

std::string Cdn::default_avatar(Snowflake user_id) const {
    return fmt::format("{}/embed/avatars/{}.png", base_url_, (user_id.value() >> 22) % 6);
}

std::string Cdn::legacy_default_avatar(unsigned discriminator) const {
    if (discriminator > 9999) {
        throw ValueError(
            fmt::format("invalid discriminator {}: expected 0 to 9999", discriminator));
    }
    return fmt::format("{}/embed/avatars/{}.png", base_url_, discriminator % 5);
}

std::string Cdn::user_banner(Snowflake user_id, const ImageHash& hash,
                             const ImageOptions& options) const {
    return hashed(fmt::format("{}/banners/{}/", base_url_, user_id.value()), "user banner", hash,
                  animatable, options);
}

std::string Cdn::member_avatar(Snowflake guild_id, Snowflake user_id, const ImageHash& hash,
                               const ImageOptions& options) const {
    return hashed(
        fmt::format("{}/guilds/{}/users/{}/avatars/", base_url_, guild_id.value(), user_id.value()),
        "member avatar", hash, animatable, options);
}

std::string Cdn::member_banner(Snowflake guild_id, Snowflake user_id, const ImageHash& hash,
                               const ImageOptions& options) const {
    return hashed(
        fmt::format("{}/guilds/{}/users/{}/banners/", base_url_, guild_id.value(), user_id.value()),
        "member banner", hash, animatable, options);
}

std::string Cdn::avatar_decoration(const ImageHash& asset, const ImageOptions& options) const {
    return hashed(base_url_ + "/avatar-decoration-presets/", "avatar decoration", asset, png_only,
                  options);
}

std::string Cdn::guild_icon(Snowflake guild_id, const ImageHash& hash,
                            const ImageOptions& options) const {
    return hashed(fmt::format("{}/icons/{}/", base_url_, guild_id.value()), "guild icon", hash,
                  animatable, options);
}

std::string Cdn::guild_splash(Snowflake guild_id, const ImageHash& hash,
                              const ImageOptions& options) const {
    return hashed(fmt::format("{}/splashes/{}/", base_url_, guild_id.value()), "guild splash", hash,
                  still, options);
}

std::string Cdn::guild_discovery_splash(Snowflake guild_id, const ImageHash& hash,
                                        const ImageOptions& options) const {
    return hashed(fmt::format("{}/discovery-splashes/{}/", base_url_, guild_id.value()),
                  "guild discovery splash", hash, still, options);
}

std::string Cdn::guild_banner(Snowflake guild_id, const ImageHash& hash,
                              const ImageOptions& options) const {
    return hashed(fmt::format("{}/banners/{}/", base_url_, guild_id.value()), "guild banner", hash,
                  animatable, options);
}

std::string Cdn::guild_tag_badge(Snowflake guild_id, const ImageHash& hash,
                                 const ImageOptions& options) const {
    return hashed(fmt::format("{}/guild-tag-badges/{}/", base_url_, guild_id.value()),
                  "guild tag badge", hash, still, options);
}

std::string Cdn::role_icon(Snowflake role_id, const ImageHash& hash,
                           const ImageOptions& options) const {
    return hashed(fmt::format("{}/role-icons/{}/", base_url_, role_id.value()), "role icon", hash,
                  still, options);
}

std::string Cdn::scheduled_event_cover(Snowflake event_id, const ImageHash& hash,
                                       const ImageOptions& options) const {
    return hashed(fmt::format("{}/guild-events/{}/", base_url_, event_id.value()),
                  "scheduled event cover", hash, still, options);
}

std::string Cdn::emoji(Snowflake emoji_id, bool animated, const ImageOptions& options) const {
    return finish(fmt::format("{}/emojis/{}", base_url_, emoji_id.value()), "emoji", animatable,
                  animated, options);
}

std::string Cdn::sticker(Snowflake sticker_id, ImageFormat format) const {
    check_format("sticker", format, sticker_formats);
    // Sticker GIFs are served by the media proxy only (docs, the note under the table).
    const std::string& host = format == ImageFormat::gif ? media_url_ : base_url_;
    return fmt::format("{}/stickers/{}.{}", host, sticker_id.value(), extension(format));
}

std::string Cdn::sticker_pack_banner(Snowflake banner_asset_id, const ImageOptions& options) const {
    // Every pack banner lives under the one application that owns the built-in packs.
    return finish(fmt::format("{}/app-assets/710982414301790216/store/{}", base_url_,
                              banner_asset_id.value()),
                  "sticker pack banner", still, false, options);
}

std::string Cdn::application_icon(Snowflake application_id, const ImageHash& hash,
                                  const ImageOptions& options) const {
    return hashed(fmt::format("{}/app-icons/{}/", base_url_, application_id.value()),
                  "application icon", hash, still, options);
}

std::string Cdn::application_cover(Snowflake application_id, const ImageHash& hash,
                                   const ImageOptions& options) const {
    return hashed(fmt::format("{}/app-icons/{}/", base_url_, application_id.value()),
                  "application cover", hash, still, options);
}

std::string Cdn::application_asset(Snowflake application_id, std::string_view asset_id,
                                   const ImageOptions& options) const {
    return hashed(fmt::format("{}/app-assets/{}/", base_url_, application_id.value()),
                  "application asset", asset_id, still, options);
}

std::string Cdn::team_icon(Snowflake team_id, const ImageHash& hash,
                           const ImageOptions& options) const {
    return hashed(fmt::format("{}/team-icons/{}/", base_url_, team_id.value()), "team icon", hash,
                  still, options);
}

}  // namespace hikari
