// Guild templates against the sandbox: create, fetch by code, list, sync, edit, delete, and
// what Discord refuses (a second template, bad names, unknown codes, no MANAGE_GUILD).

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class GuildTemplateTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    /// Takes the bot's administrator role away, leaving it @everyone's permissions.
    void drop_bot_roles() {
        const Snowflake bot = run(rest_->fetch_my_user()).id;
        for (const Snowflake role : run(rest_->fetch_member(guild_, bot)).roles) {
            run(rest_->remove_role_from_member(guild_, bot, role));
        }
    }
};

TEST_F(GuildTemplateTest, CreateFetchSyncEditDelete) {
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    const GuildTemplate created = run(rest_->create_template(guild_, "Starter", "A fresh start"));
    EXPECT_EQ(created.code.size(), 12U);
    EXPECT_EQ(created.name, "Starter");
    EXPECT_EQ(created.description, std::optional<std::string>("A fresh start"));
    EXPECT_EQ(created.usage_count, 0);
    EXPECT_EQ(created.creator_id, bot);
    EXPECT_EQ(created.creator.id, bot);
    EXPECT_EQ(created.source_guild_id, guild_);
    EXPECT_EQ(created.created_at, created.updated_at);
    EXPECT_FALSE(created.is_dirty);

    // The snapshot is the guild's state with placeholder integer ids.
    const auto source = boost::json::parse(created.serialized_source_guild).as_object();
    EXPECT_EQ(source.at("name"), boost::json::value(run(rest_->fetch_guild(guild_)).name));
    const auto& roles = source.at("roles").as_array();
    ASSERT_FALSE(roles.empty());
    EXPECT_EQ(roles[0].at("id"), boost::json::value(0));
    EXPECT_EQ(roles[0].at("name"), boost::json::value("@everyone"));
    std::size_t channels = 0;
    for (const auto& c : run(rest_->fetch_guild_channels(guild_))) {
        if (c.type != ChannelType::public_thread && c.type != ChannelType::private_thread &&
            c.type != ChannelType::announcement_thread) {
            ++channels;
        }
    }
    EXPECT_EQ(source.at("channels").as_array().size(), channels);
    for (const auto& c : source.at("channels").as_array()) {
        EXPECT_TRUE(c.at("id").is_int64());
    }

    EXPECT_EQ(run(rest_->fetch_template(created.code)), created);
    const auto listed = run(rest_->fetch_guild_templates(guild_));
    ASSERT_EQ(listed.size(), 1U);
    EXPECT_EQ(listed[0], created);

    // A change to the guild makes the template dirty until it is synced.
    RoleOptions role;
    role.name = "Moderators";
    run(rest_->create_role(guild_, role));
    const GuildTemplate dirty = run(rest_->fetch_template(created.code));
    EXPECT_EQ(dirty.is_dirty, std::optional<bool>(true));
    const GuildTemplate synced = run(rest_->sync_template(guild_, created.code));
    EXPECT_FALSE(synced.is_dirty);
    EXPECT_NE(synced.serialized_source_guild.find("Moderators"), std::string::npos);
    EXPECT_GE(synced.updated_at, created.updated_at);
    EXPECT_EQ(synced.created_at, created.created_at);

    GuildTemplateEditOptions edit;
    edit.name = "Renamed";
    edit.description = none;
    const GuildTemplate edited = run(rest_->edit_template(guild_, created.code, edit));
    EXPECT_EQ(edited.name, "Renamed");
    EXPECT_FALSE(edited.description);
    EXPECT_EQ(edited.code, created.code);
    EXPECT_EQ(run(rest_->fetch_template(created.code)), edited);

    const GuildTemplate deleted = run(rest_->delete_template(guild_, created.code));
    EXPECT_EQ(deleted, edited);
    EXPECT_TRUE(run(rest_->fetch_guild_templates(guild_)).empty());
    const auto gone =
        expect_error<NotFoundError>([&] { run(rest_->fetch_template(created.code)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10057);
    // A new template may be made once the old one is gone.
    EXPECT_NE(run(rest_->create_template(guild_, "Again")).code, created.code);
}

TEST_F(GuildTemplateTest, RefusedAsDiscordRefuses) {
    const GuildTemplate first = run(rest_->create_template(guild_, "Only one"));
    auto second =
        expect_error<BadRequestError>([&] { run(rest_->create_template(guild_, "Two")); });
    ASSERT_TRUE(second);
    EXPECT_EQ(second->code(), 30031);

    GuildTemplateEditOptions empty_name;
    empty_name.name = "";
    auto bad = expect_error<BadRequestError>(
        [&] { run(rest_->edit_template(guild_, first.code, empty_name)); });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50035);
    EXPECT_TRUE(names_field(*bad, "name"));
    GuildTemplateEditOptions long_description;
    long_description.description = std::string(121, 'x');
    bad = expect_error<BadRequestError>(
        [&] { run(rest_->edit_template(guild_, first.code, long_description)); });
    ASSERT_TRUE(bad);
    EXPECT_TRUE(names_field(*bad, "description"));
    EXPECT_EQ(run(rest_->fetch_template(first.code)).name, "Only one");

    EXPECT_THROW(run(rest_->sync_template(guild_, "nosuchcode12")), NotFoundError);
    EXPECT_THROW(run(rest_->fetch_template("")), ValueError);
    EXPECT_THROW(run(rest_->fetch_guild_templates(Snowflake(42))), NotFoundError);

    // Without MANAGE_GUILD the guild's templates are out of reach; the code stays public.
    drop_bot_roles();
    auto forbidden =
        expect_error<ForbiddenError>([&] { run(rest_->fetch_guild_templates(guild_)); });
    ASSERT_TRUE(forbidden);
    EXPECT_EQ(forbidden->code(), 50013);
    EXPECT_THROW(run(rest_->delete_template(guild_, first.code)), ForbiddenError);
    EXPECT_THROW(run(rest_->sync_template(guild_, first.code)), ForbiddenError);
    EXPECT_EQ(run(rest_->fetch_template(first.code)).code, first.code);
}

}  // namespace
}  // namespace hikari::testing
