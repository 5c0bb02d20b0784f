#include <hikari/core/cdn.hpp>

#include <gtest/gtest.h>

using namespace hikari;
using namespace hikari::literals;

namespace {

const Cdn cdn;
constexpr std::string_view still_hash = "1269e74af4df7417b13759eae50c83dc";
constexpr std::string_view animated_hash = "a_1269e74af4df7417b13759eae50c83dc";

ImageOptions as(ImageFormat format) {
    return ImageOptions{format, std::nullopt};
}
ImageOptions sized(unsigned size) {
    return ImageOptions{std::nullopt, size};
}

template <typename F>
void expect_value_error_mentioning(F call, const std::string& needle) {
    try {
        call();
        ADD_FAILURE() << "expected ValueError mentioning " << needle;
    } catch (const ValueError& e) {
        EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
}

}  // namespace

TEST(Cdn, ImageFormats) {
    EXPECT_EQ(parse_image_format("png"), ImageFormat::png);
    EXPECT_EQ(parse_image_format("JPG"), ImageFormat::jpeg);
    EXPECT_EQ(parse_image_format("jpeg"), ImageFormat::jpeg);
    EXPECT_EQ(parse_image_format("WebP"), ImageFormat::webp);
    EXPECT_EQ(parse_image_format("gif"), ImageFormat::gif);
    EXPECT_EQ(parse_image_format("json"), ImageFormat::lottie);
    EXPECT_EQ(parse_image_format("lottie"), ImageFormat::lottie);
    EXPECT_EQ(extension(ImageFormat::png), "png");
    EXPECT_EQ(extension(ImageFormat::jpeg), "jpg");
    EXPECT_EQ(extension(ImageFormat::webp), "webp");
    EXPECT_EQ(extension(ImageFormat::gif), "gif");
    EXPECT_EQ(extension(ImageFormat::lottie), "json");
    for (const char* bad : {"", "bmp", "png ", ".png", "avif", "pngpngpng"}) {
        EXPECT_THROW(parse_image_format(bad), ParseError) << bad;
    }
    try {
        parse_image_format("tiff");
        FAIL() << "expected ParseError";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("\"tiff\""), std::string::npos) << e.what();
    }
}

TEST(Cdn, UserAvatar) {
    EXPECT_EQ(cdn.user_avatar(80351110224678912_sf, still_hash),
              "https://cdn.discordapp.com/avatars/80351110224678912/"
              "1269e74af4df7417b13759eae50c83dc.png");
    // "a_" hashes default to GIF.
    EXPECT_EQ(cdn.user_avatar(80351110224678912_sf, animated_hash),
              "https://cdn.discordapp.com/avatars/80351110224678912/"
              "a_1269e74af4df7417b13759eae50c83dc.gif");
    EXPECT_EQ(
        cdn.user_avatar(1_sf, still_hash, {ImageFormat::jpeg, 1024}),
        "https://cdn.discordapp.com/avatars/1/1269e74af4df7417b13759eae50c83dc.jpg?size=1024");
    EXPECT_EQ(cdn.user_avatar(1_sf, animated_hash, as(ImageFormat::png)),
              "https://cdn.discordapp.com/avatars/1/a_1269e74af4df7417b13759eae50c83dc.png");
}

TEST(Cdn, AnimatedWebpAsksForAnimation) {
    EXPECT_EQ(cdn.user_avatar(1_sf, animated_hash, as(ImageFormat::webp)),
              "https://cdn.discordapp.com/avatars/1/"
              "a_1269e74af4df7417b13759eae50c83dc.webp?animated=true");
    EXPECT_EQ(cdn.guild_icon(2_sf, animated_hash, {ImageFormat::webp, 64}),
              "https://cdn.discordapp.com/icons/2/"
              "a_1269e74af4df7417b13759eae50c83dc.webp?size=64&animated=true");
    EXPECT_EQ(cdn.user_avatar(1_sf, still_hash, as(ImageFormat::webp)),
              "https://cdn.discordapp.com/avatars/1/1269e74af4df7417b13759eae50c83dc.webp");
}

TEST(Cdn, DefaultAvatars) {
    EXPECT_EQ(cdn.default_avatar(80351110224678912_sf),
              "https://cdn.discordapp.com/embed/avatars/5.png");
    EXPECT_EQ(cdn.default_avatar(175928847299117063_sf),
              "https://cdn.discordapp.com/embed/avatars/2.png");
    EXPECT_EQ(cdn.legacy_default_avatar(1337), "https://cdn.discordapp.com/embed/avatars/2.png");
    EXPECT_EQ(cdn.legacy_default_avatar(0), "https://cdn.discordapp.com/embed/avatars/0.png");
    EXPECT_EQ(cdn.legacy_default_avatar(9999), "https://cdn.discordapp.com/embed/avatars/4.png");
    expect_value_error_mentioning([] { (void)cdn.legacy_default_avatar(10000); }, "10000");
}

TEST(Cdn, UserAndMemberImages) {
    EXPECT_EQ(cdn.user_banner(1_sf, animated_hash),
              "https://cdn.discordapp.com/banners/1/a_1269e74af4df7417b13759eae50c83dc.gif");
    EXPECT_EQ(cdn.member_avatar(2_sf, 1_sf, still_hash, sized(16)),
              "https://cdn.discordapp.com/guilds/2/users/1/avatars/"
              "1269e74af4df7417b13759eae50c83dc.png?size=16");
    EXPECT_EQ(cdn.member_banner(2_sf, 1_sf, animated_hash),
              "https://cdn.discordapp.com/guilds/2/users/1/banners/"
              "a_1269e74af4df7417b13759eae50c83dc.gif");
    EXPECT_EQ(cdn.avatar_decoration("a_fed43ab12698df65902ba06727e20c0e"),
              "https://cdn.discordapp.com/avatar-decoration-presets/"
              "a_fed43ab12698df65902ba06727e20c0e.png");
    // PNG only, whatever the hash looks like.
    EXPECT_THROW((void)cdn.avatar_decoration(still_hash, as(ImageFormat::webp)), ValueError);
    EXPECT_THROW((void)cdn.avatar_decoration(animated_hash, as(ImageFormat::gif)), ValueError);
}

TEST(Cdn, GuildImages) {
    EXPECT_EQ(cdn.guild_icon(2_sf, still_hash),
              "https://cdn.discordapp.com/icons/2/1269e74af4df7417b13759eae50c83dc.png");
    EXPECT_EQ(cdn.guild_splash(2_sf, still_hash, as(ImageFormat::jpeg)),
              "https://cdn.discordapp.com/splashes/2/1269e74af4df7417b13759eae50c83dc.jpg");
    EXPECT_EQ(cdn.guild_discovery_splash(2_sf, still_hash),
              "https://cdn.discordapp.com/discovery-splashes/2/"
              "1269e74af4df7417b13759eae50c83dc.png");
    EXPECT_EQ(cdn.guild_banner(2_sf, animated_hash),
              "https://cdn.discordapp.com/banners/2/a_1269e74af4df7417b13759eae50c83dc.gif");
    EXPECT_EQ(cdn.guild_tag_badge(2_sf, still_hash),
              "https://cdn.discordapp.com/guild-tag-badges/2/"
              "1269e74af4df7417b13759eae50c83dc.png");
    EXPECT_EQ(cdn.role_icon(3_sf, still_hash, sized(4096)),
              "https://cdn.discordapp.com/role-icons/3/"
              "1269e74af4df7417b13759eae50c83dc.png?size=4096");
    EXPECT_EQ(cdn.scheduled_event_cover(4_sf, still_hash, as(ImageFormat::webp)),
              "https://cdn.discordapp.com/guild-events/4/1269e74af4df7417b13759eae50c83dc.webp");
    // Splashes, role icons and covers have no GIF: an "a_" hash still defaults to PNG.
    EXPECT_EQ(cdn.guild_splash(2_sf, animated_hash),
              "https://cdn.discordapp.com/splashes/2/a_1269e74af4df7417b13759eae50c83dc.png");
}

TEST(Cdn, Expressions) {
    EXPECT_EQ(cdn.emoji(41771983429993937_sf),
              "https://cdn.discordapp.com/emojis/41771983429993937.png");
    EXPECT_EQ(cdn.emoji(41771983429993937_sf, true),
              "https://cdn.discordapp.com/emojis/41771983429993937.gif");
    EXPECT_EQ(cdn.emoji(41771983429993937_sf, false, {ImageFormat::webp, 32}),
              "https://cdn.discordapp.com/emojis/41771983429993937.webp?size=32");
    EXPECT_EQ(cdn.sticker(749054660769218631_sf),
              "https://cdn.discordapp.com/stickers/749054660769218631.png");
    EXPECT_EQ(cdn.sticker(749054660769218631_sf, ImageFormat::lottie),
              "https://cdn.discordapp.com/stickers/749054660769218631.json");
    EXPECT_EQ(cdn.sticker(749054660769218631_sf, ImageFormat::gif),
              "https://media.discordapp.net/stickers/749054660769218631.gif");
    EXPECT_THROW((void)cdn.sticker(1_sf, ImageFormat::webp), ValueError);
    EXPECT_THROW((void)cdn.sticker(1_sf, ImageFormat::jpeg), ValueError);
    EXPECT_EQ(cdn.sticker_pack_banner(761773777976819732_sf),
              "https://cdn.discordapp.com/app-assets/710982414301790216/store/"
              "761773777976819732.png");
}

TEST(Cdn, ApplicationsAndTeams) {
    EXPECT_EQ(cdn.application_icon(5_sf, still_hash),
              "https://cdn.discordapp.com/app-icons/5/1269e74af4df7417b13759eae50c83dc.png");
    EXPECT_EQ(cdn.application_cover(5_sf, still_hash, as(ImageFormat::jpeg)),
              "https://cdn.discordapp.com/app-icons/5/1269e74af4df7417b13759eae50c83dc.jpg");
    EXPECT_EQ(cdn.application_asset(5_sf, "875402209372573726"),
              "https://cdn.discordapp.com/app-assets/5/875402209372573726.png");
    EXPECT_EQ(
        cdn.team_icon(6_sf, still_hash, sized(128)),
        "https://cdn.discordapp.com/team-icons/6/1269e74af4df7417b13759eae50c83dc.png?size=128");
}

TEST(Cdn, RejectsFormatsAnEndpointDoesNotServe) {
    expect_value_error_mentioning(
        [] { (void)cdn.guild_splash(2_sf, animated_hash, as(ImageFormat::gif)); },
        "PNG, JPEG, WebP, not GIF");
    EXPECT_THROW((void)cdn.role_icon(3_sf, still_hash, as(ImageFormat::gif)), ValueError);
    EXPECT_THROW((void)cdn.user_avatar(1_sf, still_hash, as(ImageFormat::lottie)), ValueError);
    EXPECT_THROW((void)cdn.emoji(1_sf, false, as(ImageFormat::lottie)), ValueError);
    EXPECT_THROW((void)cdn.team_icon(6_sf, still_hash, as(ImageFormat::gif)), ValueError);
    // A value outside the enumeration is refused rather than read out of bounds.
    EXPECT_THROW((void)cdn.user_avatar(1_sf, still_hash, as(static_cast<ImageFormat>(42))),
                 ValueError);
    EXPECT_THROW((void)cdn.sticker(1_sf, static_cast<ImageFormat>(-1)), ValueError);
}

TEST(Cdn, RejectsGifOfStillImages) {
    expect_value_error_mentioning(
        [] { (void)cdn.user_avatar(1_sf, still_hash, as(ImageFormat::gif)); }, "not animated");
    EXPECT_THROW((void)cdn.emoji(1_sf, false, as(ImageFormat::gif)), ValueError);
}

TEST(Cdn, Sizes) {
    for (unsigned size : {16u, 32u, 64u, 128u, 256u, 512u, 1024u, 2048u, 4096u}) {
        EXPECT_EQ(cdn.guild_icon(2_sf, still_hash, sized(size)),
                  "https://cdn.discordapp.com/icons/2/1269e74af4df7417b13759eae50c83dc.png?size=" +
                      std::to_string(size));
    }
    for (unsigned size : {0u, 1u, 2u, 8u, 15u, 17u, 100u, 1000u, 8192u, 4095u, 0x80000000u}) {
        expect_value_error_mentioning(
            [size] { (void)cdn.guild_icon(2_sf, still_hash, sized(size)); }, std::to_string(size));
    }
}

TEST(Cdn, RejectsHashesThatAreNotHashes) {
    for (std::string_view bad : {"", "../../etc", "abc?size=16", "abc def", "abc/def", "abc.png",
                                 "abc#x", "abc%2F", "\xc3\xa9"}) {
        EXPECT_THROW((void)cdn.user_avatar(1_sf, bad), ValueError) << bad;
    }
    expect_value_error_mentioning([] { (void)cdn.guild_icon(2_sf, "a/b"); }, "\"a/b\"");
    EXPECT_THROW((void)cdn.avatar_decoration(""), ValueError);
    EXPECT_THROW((void)cdn.application_asset(5_sf, "x?y"), ValueError);
}

TEST(Cdn, CustomBaseUrls) {
    Cdn local{"http://127.0.0.1:8080/cdn/", "http://127.0.0.1:8080/media"};
    EXPECT_EQ(local.base_url(), "http://127.0.0.1:8080/cdn");
    EXPECT_EQ(local.media_url(), "http://127.0.0.1:8080/media");
    EXPECT_EQ(local.default_avatar(0_sf), "http://127.0.0.1:8080/cdn/embed/avatars/0.png");
    EXPECT_EQ(local.sticker(7_sf, ImageFormat::gif), "http://127.0.0.1:8080/media/stickers/7.gif");
    EXPECT_EQ(Cdn{}.base_url(), "https://cdn.discordapp.com");
    EXPECT_EQ(Cdn{"https://example.test"}.media_url(), "https://media.discordapp.net");

    for (std::string_view bad :
         {"", "/", "cdn.discordapp.com", "ftp://cdn", "https://", "https:///",
          "https://cdn.test/?x=1", "https://cdn test", "https://cdn.test/#frag"}) {
        EXPECT_THROW(Cdn{bad}, ValueError) << bad;
    }
    expect_value_error_mentioning([] { Cdn{"https://cdn.test", "gopher://x"}; }, "gopher://x");
}
