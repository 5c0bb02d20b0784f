#pragma once
// URLs of images on Discord's CDN. See docs/reference.mdx "Image Formatting".

#include <hikari/core/errors_base.hpp>
#include <hikari/core/image_hash.hpp>
#include <hikari/core/snowflake.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace hikari {

enum class ImageFormat {
    png,
    jpeg,  // extension ".jpg"
    webp,
    gif,
    lottie,  // extension ".json", stickers only
};

/// "png", "jpg", "jpeg", "webp", "gif", "json" or "lottie", case-insensitive.
/// Throws ParseError naming the input otherwise.
ImageFormat parse_image_format(std::string_view name);
/// The file extension the CDN expects, without the dot: "png", "jpg", "webp", "gif", "json".
std::string_view extension(ImageFormat format) noexcept;

struct ImageOptions {
    /// Unset: GIF for animated ("a_") hashes on endpoints that serve GIF, else PNG.
    std::optional<ImageFormat> format;
    /// Unset: the image's own size. Else a power of two between 16 and 4096.
    std::optional<unsigned> size;
};

/// Builds CDN URLs. Every method checks its arguments and throws ValueError when the
/// endpoint does not serve the requested format, the size is not allowed, a hash is not
/// a hash (anything but letters, digits and '_'), or GIF is asked of a still image.
class Cdn {
  public:
    static constexpr std::string_view default_base_url = "https://cdn.discordapp.com";
    /// Animated sticker GIFs live on the media proxy, not the CDN.
    static constexpr std::string_view default_media_url = "https://media.discordapp.net";

    Cdn();
    /// Other hosts (a proxy, the sandbox). URLs must be http(s); trailing '/' is dropped.
    /// Throws ValueError otherwise.
    explicit Cdn(std::string_view base_url, std::string_view media_url = default_media_url);

    [[nodiscard]] const std::string& base_url() const noexcept { return base_url_; }
    [[nodiscard]] const std::string& media_url() const noexcept { return media_url_; }

    // Users and members.
    [[nodiscard]] std::string user_avatar(Snowflake user_id, const ImageHash& hash,
                                          const ImageOptions& options = {}) const;
    /// The avatar of a user without one, on the new username system: (id >> 22) % 6.
    [[nodiscard]] std::string default_avatar(Snowflake user_id) const;
    /// The same for a user still on the legacy system: discriminator % 5.
    /// Throws ValueError for a discriminator above 9999.
    [[nodiscard]] std::string legacy_default_avatar(unsigned discriminator) const;
    [[nodiscard]] std::string user_banner(Snowflake user_id, const ImageHash& hash,
                                          const ImageOptions& options = {}) const;
    [[nodiscard]] std::string member_avatar(Snowflake guild_id, Snowflake user_id,
                                            const ImageHash& hash,
                                            const ImageOptions& options = {}) const;
    [[nodiscard]] std::string member_banner(Snowflake guild_id, Snowflake user_id,
                                            const ImageHash& hash,
                                            const ImageOptions& options = {}) const;
    /// PNG only.
    [[nodiscard]] std::string avatar_decoration(const ImageHash& asset,
                                                const ImageOptions& options = {}) const;

    // Guilds.
    [[nodiscard]] std::string guild_icon(Snowflake guild_id, const ImageHash& hash,
                                         const ImageOptions& options = {}) const;
    [[nodiscard]] std::string guild_splash(Snowflake guild_id, const ImageHash& hash,
                                           const ImageOptions& options = {}) const;
    [[nodiscard]] std::string guild_discovery_splash(Snowflake guild_id, const ImageHash& hash,
                                                     const ImageOptions& options = {}) const;
    [[nodiscard]] std::string guild_banner(Snowflake guild_id, const ImageHash& hash,
                                           const ImageOptions& options = {}) const;
    [[nodiscard]] std::string guild_tag_badge(Snowflake guild_id, const ImageHash& hash,
                                              const ImageOptions& options = {}) const;
    [[nodiscard]] std::string role_icon(Snowflake role_id, const ImageHash& hash,
                                        const ImageOptions& options = {}) const;
    [[nodiscard]] std::string scheduled_event_cover(Snowflake event_id, const ImageHash& hash,
                                                    const ImageOptions& options = {}) const;

    // Expressions.
    /// Custom emojis carry an `animated` flag instead of an "a_" hash.
    [[nodiscard]] std::string emoji(Snowflake emoji_id, bool animated = false,
                                    const ImageOptions& options = {}) const;
    /// PNG (also for APNG stickers), GIF or Lottie, matching the sticker's format_type.
    /// Stickers come in one size only, so there is no size option.
    [[nodiscard]] std::string sticker(Snowflake sticker_id,
                                      ImageFormat format = ImageFormat::png) const;
    [[nodiscard]] std::string sticker_pack_banner(Snowflake banner_asset_id,
                                                  const ImageOptions& options = {}) const;

    // Applications and teams.
    [[nodiscard]] std::string application_icon(Snowflake application_id, const ImageHash& hash,
                                               const ImageOptions& options = {}) const;
    [[nodiscard]] std::string application_cover(Snowflake application_id, const ImageHash& hash,
                                                const ImageOptions& options = {}) const;
    [[nodiscard]] std::string application_asset(Snowflake application_id, std::string_view asset_id,
                                                const ImageOptions& options = {}) const;
    [[nodiscard]] std::string team_icon(Snowflake team_id, const ImageHash& hash,
                                        const ImageOptions& options = {}) const;

  private:
    std::string base_url_;
    std::string media_url_;
};

}  // namespace hikari
