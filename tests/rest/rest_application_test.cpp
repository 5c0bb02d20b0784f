// The bot's application and guild command permissions against the sandbox.

#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class ApplicationTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
};

TEST_F(ApplicationTest, FetchAndEditMyApplication) {
    const ApplicationInfo app = run(rest_->fetch_my_application());
    EXPECT_EQ(app.id, application_);
    EXPECT_FALSE(app.name.empty());

    ApplicationEditOptions edit;
    edit.description = "Edited through hikari-cpp";
    edit.tags = std::vector<std::string>{"utility", "fun"};
    edit.interactions_endpoint_url = "https://example.com/interactions";
    const ApplicationInfo edited = run(rest_->edit_my_application(edit));
    EXPECT_EQ(edited.description, "Edited through hikari-cpp");
    EXPECT_EQ(edited.tags, (std::vector<std::string>{"utility", "fun"}));
    EXPECT_EQ(edited.interactions_endpoint_url,
              std::optional<std::string>("https://example.com/interactions"));
    EXPECT_EQ(run(rest_->fetch_my_application()), edited);

    ApplicationEditOptions clear;
    clear.interactions_endpoint_url = none;
    EXPECT_FALSE(run(rest_->edit_my_application(clear)).interactions_endpoint_url);
    ApplicationEditOptions bad;
    bad.interactions_endpoint_url = "ftp://nope";
    EXPECT_THROW(run(rest_->edit_my_application(bad)), BadRequestError);
    ApplicationEditOptions too_many;
    too_many.tags = std::vector<std::string>(6, "t");
    EXPECT_THROW(run(rest_->edit_my_application(too_many)), ValueError);
}

TEST_F(ApplicationTest, CommandPermissionsFetchAndEdit) {
    const auto command = run(rest_->create_application_command(
        application_, {.name = "admin", .description = "for admins"}, guild_));
    EXPECT_TRUE(run(rest_->fetch_guild_command_permissions(application_, guild_)).empty());
    EXPECT_THROW(run(rest_->fetch_command_permissions(application_, guild_, command.id)),
                 NotFoundError);

    const auto roles = run(rest_->fetch_roles(guild_));
    ASSERT_FALSE(roles.empty());
    std::vector<ApplicationCommandPermission> permissions{
        {.id = roles[0].id, .type = ApplicationCommandPermissionType::role, .permission = true},
        {.id = channel_, .type = ApplicationCommandPermissionType::channel, .permission = false}};
    const auto set =
        run(rest_->edit_command_permissions(application_, guild_, command.id, permissions));
    EXPECT_EQ(set.id, command.id);
    EXPECT_EQ(set.guild_id, guild_);
    EXPECT_EQ(set.application_id, application_);
    EXPECT_EQ(set.permissions, permissions);
    EXPECT_EQ(run(rest_->fetch_command_permissions(application_, guild_, command.id)), set);
    const auto all = run(rest_->fetch_guild_command_permissions(application_, guild_));
    ASSERT_EQ(all.size(), 1U);
    EXPECT_EQ(all[0], set);

    // The sandbox checks the body as Discord does: a bad type is refused.
    std::vector<ApplicationCommandPermission> bad{
        {.id = channel_,
         .type = static_cast<ApplicationCommandPermissionType>(7),
         .permission = true}};
    EXPECT_THROW(run(rest_->edit_command_permissions(application_, guild_, command.id, bad)),
                 BadRequestError);
    EXPECT_THROW(run(rest_->edit_command_permissions(
                     application_, guild_, command.id,
                     std::vector<ApplicationCommandPermission>(101, permissions[0]))),
                 ValueError);
    EXPECT_THROW(run(rest_->fetch_command_permissions(application_, guild_, Snowflake(77))),
                 NotFoundError);
}

}  // namespace
}  // namespace hikari::testing
