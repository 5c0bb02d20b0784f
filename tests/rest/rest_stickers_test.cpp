// Stickers against the sandbox: standard packs and guild stickers uploaded as multipart.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

#include <filesystem>
#include <fstream>

namespace hikari::testing {
namespace {

class StickersTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    static FileUpload png(std::size_t size = 64) {
        return FileUpload::from_bytes("sticker.png", std::string(size, 'p'), "image/png");
    }
};

TEST_F(StickersTest, StandardPacks) {
    const auto packs = run(rest_->fetch_sticker_packs());
    ASSERT_FALSE(packs.empty());
    ASSERT_FALSE(packs[0].stickers.empty());
    const StickerPack pack = run(rest_->fetch_sticker_pack(packs[0].id));
    EXPECT_EQ(pack.name, packs[0].name);
    EXPECT_EQ(pack.cover_sticker_id, std::optional<Snowflake>(pack.stickers[0].id));
    const Sticker sticker = run(rest_->fetch_sticker(pack.stickers[0].id));
    EXPECT_EQ(sticker.type, StickerType::standard);
    EXPECT_EQ(sticker.pack_id, std::optional<Snowflake>(pack.id));
    auto unknown_pack =
        expect_error<NotFoundError>([&] { run(rest_->fetch_sticker_pack(Snowflake{3})); });
    ASSERT_TRUE(unknown_pack);
    EXPECT_EQ(unknown_pack->code(), 10061);
}

TEST_F(StickersTest, GuildStickersCrudFromBytesAndFile) {
    StickerCreateOptions options{.name = "wave", .description = "a wave", .tags = "wave"};
    options.file = png();
    const Sticker created = run(rest_->create_guild_sticker(guild_, options, "new sticker"));
    EXPECT_EQ(created.name, "wave");
    EXPECT_EQ(created.type, StickerType::guild);
    EXPECT_EQ(created.format_type, StickerFormatType::png);
    EXPECT_EQ(created.guild_id, std::optional<Snowflake>(guild_));
    EXPECT_EQ(run(rest_->fetch_sticker(created.id)).name, "wave");

    // From a file on disk, streamed.
    const auto path = std::filesystem::temp_directory_path() / "hikari_restA_sticker.gif";
    {
        std::ofstream out(path, std::ios::binary);
        out << "GIF89a-sandbox";
    }
    StickerCreateOptions from_disk{.name = "dance", .tags = "dance"};
    from_disk.file = FileUpload::from_path(path, std::nullopt, "image/gif");
    const Sticker gif = run(rest_->create_guild_sticker(guild_, from_disk));
    std::filesystem::remove(path);
    EXPECT_EQ(gif.format_type, StickerFormatType::gif);
    EXPECT_FALSE(gif.description.has_value());

    EXPECT_EQ(run(rest_->fetch_guild_stickers(guild_)).size(), 2U);
    const Sticker edited =
        run(rest_->edit_guild_sticker(guild_, created.id, {.name = "hello", .description = none}));
    EXPECT_EQ(edited.name, "hello");
    EXPECT_FALSE(edited.description.has_value());
    EXPECT_EQ(run(rest_->fetch_guild_sticker(guild_, created.id)).name, "hello");
    run(rest_->delete_guild_sticker(guild_, created.id));
    auto gone =
        expect_error<NotFoundError>([&] { run(rest_->fetch_guild_sticker(guild_, created.id)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10060);
}

TEST_F(StickersTest, BadUploadsAreRefused) {
    StickerCreateOptions no_file{.name = "wave", .tags = "wave"};
    EXPECT_THROW((void)rest_->create_guild_sticker(guild_, no_file), ValueError);
    StickerCreateOptions short_name{.name = "w", .tags = "wave", .file = png()};
    EXPECT_THROW((void)rest_->create_guild_sticker(guild_, short_name), ValueError);

    StickerCreateOptions big{.name = "big", .tags = "big", .file = png(600 * 1024)};
    auto too_big =
        expect_error<BadRequestError>([&] { run(rest_->create_guild_sticker(guild_, big)); });
    ASSERT_TRUE(too_big);
    EXPECT_EQ(too_big->code(), 50045);

    StickerCreateOptions text{.name = "text", .tags = "text"};
    text.file = FileUpload::from_bytes("notes.txt", "hello", "text/plain");
    auto wrong_type =
        expect_error<BadRequestError>([&] { run(rest_->create_guild_sticker(guild_, text)); });
    ASSERT_TRUE(wrong_type);
    EXPECT_EQ(wrong_type->code(), 50035);
    EXPECT_TRUE(names_field(*wrong_type, "file"));

    // Five stickers at boost tier 0.
    for (int i = 0; i < 5; ++i) {
        StickerCreateOptions o{.name = "s" + std::to_string(i) + "x", .tags = "s", .file = png()};
        (void)run(rest_->create_guild_sticker(guild_, o));
    }
    StickerCreateOptions sixth{.name = "sixth", .tags = "s", .file = png()};
    auto full =
        expect_error<BadRequestError>([&] { run(rest_->create_guild_sticker(guild_, sixth)); });
    ASSERT_TRUE(full);
    EXPECT_EQ(full->code(), 30039);
}

}  // namespace
}  // namespace hikari::testing
