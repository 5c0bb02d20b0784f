// Guild and application emojis against the sandbox.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class EmojisTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    static std::string png() { return data_uri("image/png", std::string("\x89PNG\r\n\x1a\n", 8)); }
};

TEST_F(EmojisTest, DataUriEncodesBase64) {
    EXPECT_EQ(data_uri("image/png", ""), "data:image/png;base64,");
    EXPECT_EQ(data_uri("image/png", "f"), "data:image/png;base64,Zg==");
    EXPECT_EQ(data_uri("image/png", "fo"), "data:image/png;base64,Zm8=");
    EXPECT_EQ(data_uri("image/png", "foobar"), "data:image/png;base64,Zm9vYmFy");
}

TEST_F(EmojisTest, GuildEmojisCrud) {
    const auto before = run(rest_->fetch_guild_emojis(guild_));
    const Role role = run(rest_->create_role(guild_, {.name = "emoji users"}));
    const Emoji created = run(rest_->create_guild_emoji(
        guild_, {.name = "blob_wave", .image = png(), .roles = {role.id}}, "new emoji"));
    ASSERT_TRUE(created.id.has_value());
    EXPECT_EQ(created.name, std::optional<std::string>("blob_wave"));
    EXPECT_EQ(created.roles, std::vector<Snowflake>{role.id});
    EXPECT_EQ(created.animated, std::optional<bool>(false));
    EXPECT_EQ(run(rest_->fetch_guild_emojis(guild_)).size(), before.size() + 1);
    // The guild object shows it too.
    const Guild guild = run(rest_->fetch_guild(guild_));
    EXPECT_TRUE(std::any_of(guild.emojis.begin(), guild.emojis.end(),
                            [&](const Emoji& e) { return e.id == created.id; }));

    const Emoji edited =
        run(rest_->edit_guild_emoji(guild_, *created.id, {.name = "blob", .roles = none}));
    EXPECT_EQ(edited.name, std::optional<std::string>("blob"));
    EXPECT_TRUE(edited.roles.empty());
    EXPECT_EQ(run(rest_->fetch_guild_emoji(guild_, *created.id)).name,
              std::optional<std::string>("blob"));

    run(rest_->delete_guild_emoji(guild_, *created.id));
    auto gone =
        expect_error<NotFoundError>([&] { run(rest_->fetch_guild_emoji(guild_, *created.id)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10014);

    bool updated = false;
    const auto dispatches = control("GET", "/dispatches");
    for (const auto& d : dispatches.as_array()) {
        updated = updated || d.at("t") == "GUILD_EMOJIS_UPDATE";
    }
    EXPECT_TRUE(updated);
}

TEST_F(EmojisTest, BadEmojisAreRefused) {
    EXPECT_THROW((void)rest_->create_guild_emoji(guild_, {.name = "x", .image = png()}),
                 ValueError);
    EXPECT_THROW((void)rest_->create_guild_emoji(guild_, {.name = "ok", .image = "raw"}),
                 ValueError);
    // Not an image the API takes.
    auto bad = expect_error<BadRequestError>([&] {
        run(rest_->create_guild_emoji(guild_,
                                      {.name = "doc", .image = data_uri("text/plain", "hi")}));
    });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50035);
    EXPECT_TRUE(names_field(*bad, "image"));
    // Over 256 KiB.
    auto big = expect_error<BadRequestError>([&] {
        run(rest_->create_guild_emoji(
            guild_,
            {.name = "huge", .image = data_uri("image/png", std::string(300 * 1024, 'x'))}));
    });
    ASSERT_TRUE(big);
    EXPECT_EQ(big->code(), 50045);
    // An unknown role and a name with spaces.
    auto role = expect_error<BadRequestError>([&] {
        run(rest_->create_guild_emoji(
            guild_, {.name = "bad name", .image = png(), .roles = {Snowflake{9}}}));
    });
    ASSERT_TRUE(role);
    EXPECT_TRUE(names_field(*role, "name"));
    EXPECT_TRUE(names_field(*role, "roles.0"));
    auto unknown_guild =
        expect_error<NotFoundError>([&] { run(rest_->fetch_guild_emojis(Snowflake{77})); });
    ASSERT_TRUE(unknown_guild);
    EXPECT_EQ(unknown_guild->code(), 10004);
}

TEST_F(EmojisTest, ApplicationEmojis) {
    EXPECT_TRUE(run(rest_->fetch_application_emojis(application_)).empty());
    const Emoji created =
        run(rest_->create_application_emoji(application_, {.name = "app_emoji", .image = png()}));
    ASSERT_TRUE(created.id.has_value());
    EXPECT_EQ(run(rest_->fetch_application_emojis(application_)).size(), 1U);
    EXPECT_EQ(run(rest_->edit_application_emoji(application_, *created.id, "renamed")).name,
              std::optional<std::string>("renamed"));
    EXPECT_EQ(run(rest_->fetch_application_emoji(application_, *created.id)).name,
              std::optional<std::string>("renamed"));
    // Names are unique per application.
    auto taken = expect_error<BadRequestError>([&] {
        run(rest_->create_application_emoji(application_, {.name = "renamed", .image = png()}));
    });
    ASSERT_TRUE(taken);
    EXPECT_TRUE(names_field(*taken, "name"));
    run(rest_->delete_application_emoji(application_, *created.id));
    EXPECT_TRUE(run(rest_->fetch_application_emojis(application_)).empty());
    EXPECT_THROW(run(rest_->fetch_application_emoji(application_, *created.id)), NotFoundError);
    // Another application's emojis are out of reach.
    EXPECT_THROW(run(rest_->fetch_application_emojis(Snowflake{5})), ForbiddenError);
    EXPECT_THROW((void)rest_->create_application_emoji(
                     application_, {.name = "r", .image = png(), .roles = {Snowflake{1}}}),
                 ValueError);
}

}  // namespace
}  // namespace hikari::testing
