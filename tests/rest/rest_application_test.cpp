// The bot's application and guild command permissions against the sandbox.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class ApplicationTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
};

TEST_F(ApplicationTest, FetchMyApplicationReadsTheWholeObject) {
    const Application app = run(rest_->fetch_my_application());
    EXPECT_EQ(app.id, application_);
    EXPECT_EQ(app.name, "Sandbox Bot");
    EXPECT_FALSE(app.icon);
    EXPECT_TRUE(app.bot_public);
    EXPECT_FALSE(app.bot_require_code_grant);
    ASSERT_TRUE(app.bot);
    EXPECT_EQ(app.bot->id, application_);  // a bot has its application's id
    ASSERT_TRUE(app.owner);
    EXPECT_NE(app.owner->id, application_);
    EXPECT_FALSE(app.team);
    EXPECT_EQ(app.verify_key.size(), 64U);
    EXPECT_EQ(app.flags, ApplicationFlags::gateway_presence_limited |
                             ApplicationFlags::gateway_guild_members_limited |
                             ApplicationFlags::gateway_message_content_limited);
    EXPECT_EQ(app.flags_new,
              std::optional<std::string>(std::to_string((1 << 13) | (1 << 15) | (1 << 19))));
    EXPECT_EQ(app.approximate_guild_count,
              std::optional<std::int64_t>(static_cast<std::int64_t>(
                  control("GET", "/world").at("guilds").as_array().size())));
    ASSERT_TRUE(app.install_params);
    EXPECT_EQ(app.install_params->scopes,
              (std::vector<std::string>{"applications.commands", "bot"}));
    EXPECT_EQ(app.install_params->permissions, Permissions::send_messages);
    ASSERT_EQ(app.integration_types_config.size(), 2U);
    ASSERT_NE(app.integration_types_config.find("1"), nullptr);
    ASSERT_TRUE(app.integration_types_config.find("1")->oauth2_install_params);
    EXPECT_EQ(app.integration_types_config.find("1")->oauth2_install_params->scopes,
              std::vector<std::string>{"applications.commands"});
    EXPECT_TRUE(app.interactions_endpoint_url.is_none());
    EXPECT_EQ(app.event_webhooks_status, ApplicationEventWebhookStatus::disabled);

    // The same object by id and through OAuth2.
    EXPECT_EQ(run(rest_->fetch_application(application_)), app);
    EXPECT_EQ(run(rest_->fetch_oauth2_application()), app);
    const auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->fetch_application(Snowflake(1234))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10002);
}

TEST_F(ApplicationTest, FetchAndEditMyApplication) {
    ApplicationEditOptions edit;
    edit.description = "Edited through hikari-cpp";
    edit.tags = std::vector<std::string>{"utility", "fun"};
    edit.interactions_endpoint_url = "https://example.com/interactions";
    edit.install_params = ApplicationInstallParams{
        .scopes = {"bot", "applications.commands"},
        .permissions = Permissions::send_messages | Permissions::embed_links};
    Dict<ApplicationIntegrationTypeConfig> configs;
    configs.entries.emplace_back(
        "0", ApplicationIntegrationTypeConfig{.oauth2_install_params = *edit.install_params});
    edit.integration_types_config = configs;
    // Giving up the message content intent is allowed: a *_limited flag.
    edit.flags = ApplicationFlags::gateway_presence_limited |
                 ApplicationFlags::gateway_guild_members_limited;
    edit.icon = data_uri("image/png", std::string("\x89PNG\r\n\x1a\n", 8));
    const Application edited = run(rest_->edit_my_application(edit));
    EXPECT_EQ(edited.description, "Edited through hikari-cpp");
    EXPECT_EQ(edited.tags, (std::vector<std::string>{"utility", "fun"}));
    ASSERT_TRUE(edited.interactions_endpoint_url.has_value());
    EXPECT_EQ(*edited.interactions_endpoint_url, "https://example.com/interactions");
    EXPECT_EQ(edited.install_params, edit.install_params.value());
    // Only the "0" entry was sent; "1" stays.
    ASSERT_EQ(edited.integration_types_config.size(), 2U);
    EXPECT_EQ(edited.integration_types_config.find("0")->oauth2_install_params,
              edit.install_params.value());
    EXPECT_TRUE(edited.integration_types_config.find("1"));
    EXPECT_EQ(edited.flags, edit.flags.value());
    EXPECT_EQ(edited.flags_new, std::optional<std::string>(std::to_string((1 << 13) | (1 << 15))));
    ASSERT_TRUE(edited.icon);
    EXPECT_EQ(edited.icon->size(), 32U);
    EXPECT_EQ(run(rest_->fetch_my_application()), edited);

    ApplicationEditOptions clear;
    clear.interactions_endpoint_url = none;
    clear.icon = none;
    const Application cleared = run(rest_->edit_application(application_, clear));
    EXPECT_TRUE(cleared.interactions_endpoint_url.is_none());
    EXPECT_FALSE(cleared.icon);
    EXPECT_EQ(cleared.description, "Edited through hikari-cpp");  // untouched
}

TEST_F(ApplicationTest, EditMyApplicationRefusesWhatDiscordRefuses) {
    ApplicationEditOptions bad;
    bad.interactions_endpoint_url = "ftp://nope";
    auto error = expect_error<BadRequestError>([&] { run(rest_->edit_my_application(bad)); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), 50035);
    EXPECT_TRUE(names_field(*error, "interactions_endpoint_url"));

    // GATEWAY_PRESENCE itself is granted by Discord, not set through the API.
    ApplicationEditOptions privileged;
    privileged.flags = ApplicationFlags::gateway_presence;
    error = expect_error<BadRequestError>([&] { run(rest_->edit_my_application(privileged)); });
    ASSERT_TRUE(error);
    EXPECT_TRUE(names_field(*error, "flags"));

    // Permissions in an install link need the bot scope.
    ApplicationEditOptions no_bot;
    no_bot.install_params = ApplicationInstallParams{.scopes = {"applications.commands"},
                                                     .permissions = Permissions::administrator};
    error = expect_error<BadRequestError>([&] { run(rest_->edit_my_application(no_bot)); });
    ASSERT_TRUE(error);
    EXPECT_TRUE(names_field(*error, "install_params.permissions"));

    ApplicationEditOptions other;
    other.description = "x";
    EXPECT_THROW(run(rest_->edit_application(Snowflake(1234), other)), NotFoundError);

    ApplicationEditOptions too_many;
    too_many.tags = std::vector<std::string>(6, "t");
    EXPECT_THROW(run(rest_->edit_my_application(too_many)), ValueError);
    // Nothing of the refused edits stuck.
    const Application app = run(rest_->fetch_my_application());
    EXPECT_TRUE(app.interactions_endpoint_url.is_none());
    EXPECT_EQ(app.description, "A bot living in hikari-sandbox.");
}

TEST_F(ApplicationTest, ActivityInstanceOfALaunch) {
    const auto launched = control(
        "POST", "/activity-instances",
        boost::json::object{
            {"channel_id", channel_.to_string()},
            {"user_ids", boost::json::array{members_[0].to_string(), members_[1].to_string()}}});
    const std::string instance_id(launched.at("instance_id").as_string());
    const ActivityInstance instance =
        run(rest_->fetch_activity_instance(application_, instance_id));
    EXPECT_EQ(instance.application_id, application_);
    EXPECT_EQ(instance.instance_id, instance_id);
    EXPECT_EQ(instance.launch_id, Snowflake::parse(launched.at("launch_id").as_string()));
    EXPECT_EQ(instance.location.kind, "gc");
    EXPECT_EQ(instance.location.channel_id, channel_);
    ASSERT_TRUE(instance.location.guild_id.has_value());
    EXPECT_EQ(*instance.location.guild_id, guild_);
    EXPECT_EQ(instance.location.id, "gc-" + guild_.to_string() + "-" + channel_.to_string());
    EXPECT_EQ(instance.users, (std::vector<Snowflake>{members_[0], members_[1]}));

    EXPECT_THROW(run(rest_->fetch_activity_instance(application_, "i-0-gc-1-2")), NotFoundError);
    const auto other = expect_error<NotFoundError>(
        [&] { run(rest_->fetch_activity_instance(Snowflake(1234), instance_id)); });
    ASSERT_TRUE(other);
    EXPECT_EQ(other->code(), 10002);
    EXPECT_THROW(run(rest_->fetch_activity_instance(application_, "")), ValueError);
}

TEST_F(ApplicationTest, AttachmentUploadAnswersItsCdnUrl) {
    const std::string bytes(2048, 'p');
    const Attachment uploaded = run(rest_->upload_application_attachment(
        application_, FileUpload::from_bytes("scene.png", bytes, "image/png")));
    EXPECT_EQ(uploaded.filename, "scene.png");
    EXPECT_EQ(uploaded.size, 2048U);
    EXPECT_EQ(uploaded.content_type, std::optional<std::string>("image/png"));
    EXPECT_NE(uploaded.url.find("/app-attachments/" + application_.to_string() + "/"),
              std::string::npos);
    EXPECT_TRUE(uploaded.url.ends_with("/scene.png"));

    // Another application's id, and an empty file, are refused as Discord refuses them.
    const auto unknown = expect_error<NotFoundError>([&] {
        run(rest_->upload_application_attachment(Snowflake(1234),
                                                 FileUpload::from_bytes("a.png", "x")));
    });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10002);
    const auto empty = expect_error<BadRequestError>([&] {
        run(rest_->upload_application_attachment(application_,
                                                 FileUpload::from_bytes("a.png", "")));
    });
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->code(), 50046);
}

TEST_F(ApplicationTest, RoleConnectionMetadataIsReplacedWhole) {
    EXPECT_TRUE(run(rest_->fetch_role_connection_metadata(application_)).empty());

    Dict<std::string> german;
    german.entries.emplace_back("de", "Stufe");
    std::vector<ApplicationRoleConnectionMetadata> records{
        {.type = ApplicationRoleConnectionMetadataType::integer_greater_than_or_equal,
         .key = "level",
         .name = "Level",
         .name_localizations = german,
         .description = "Level reached in the game"},
        {.type = ApplicationRoleConnectionMetadataType::boolean_equal,
         .key = "verified_player",
         .name = "Verified",
         .description = "Linked a game account"}};
    EXPECT_EQ(run(rest_->set_role_connection_metadata(application_, records)), records);
    EXPECT_EQ(run(rest_->fetch_role_connection_metadata(application_)), records);

    // A PUT replaces every record.
    records.pop_back();
    EXPECT_EQ(run(rest_->set_role_connection_metadata(application_, records)), records);
    EXPECT_EQ(run(rest_->fetch_role_connection_metadata(application_)).size(), 1U);

    // Keys are a-z, 0-9 and _ only, and unique.
    auto bad = records;
    bad[0].key = "Level!";
    auto error = expect_error<BadRequestError>(
        [&] { run(rest_->set_role_connection_metadata(application_, bad)); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), 50035);
    EXPECT_TRUE(names_field(*error, "0.key"));
    auto twice = records;
    twice.push_back(records[0]);
    error = expect_error<BadRequestError>(
        [&] { run(rest_->set_role_connection_metadata(application_, twice)); });
    ASSERT_TRUE(error);
    EXPECT_TRUE(names_field(*error, "1.key"));
    auto unnamed = records;
    unnamed[0].name.clear();
    EXPECT_THROW(run(rest_->set_role_connection_metadata(application_, unnamed)), BadRequestError);
    EXPECT_THROW(run(rest_->set_role_connection_metadata(
                     application_, std::vector<ApplicationRoleConnectionMetadata>(6, records[0]))),
                 ValueError);
    EXPECT_THROW(run(rest_->fetch_role_connection_metadata(Snowflake(1234))), NotFoundError);
    EXPECT_EQ(run(rest_->fetch_role_connection_metadata(application_)), records);  // unchanged
}

TEST_F(ApplicationTest, MyRoleConnectionChecksMetadataTypes) {
    // (Discord wants a user's Bearer token here; the sandbox takes the bot's.)
    ApplicationRoleConnection empty = run(rest_->fetch_my_role_connection(application_));
    EXPECT_FALSE(empty.platform_name);
    EXPECT_TRUE(empty.metadata.empty());

    std::vector<ApplicationRoleConnectionMetadata> records{
        {.type = ApplicationRoleConnectionMetadataType::integer_greater_than_or_equal,
         .key = "level",
         .name = "Level",
         .description = "Level reached"},
        {.type = ApplicationRoleConnectionMetadataType::datetime_less_than_or_equal,
         .key = "since",
         .name = "Since",
         .description = "Playing since"},
        {.type = ApplicationRoleConnectionMetadataType::boolean_equal,
         .key = "verified",
         .name = "Verified",
         .description = "Verified account"}};
    run(rest_->set_role_connection_metadata(application_, records));

    RoleConnectionEditOptions edit;
    edit.platform_name = "Sandbox Game";
    edit.platform_username = "player_one";
    Dict<std::string> values;
    values.entries = {{"level", "42"}, {"since", "2024-01-02T03:04:05+00:00"}, {"verified", "1"}};
    edit.metadata = values;
    const ApplicationRoleConnection linked =
        run(rest_->edit_my_role_connection(application_, edit));
    EXPECT_EQ(linked.platform_name, std::optional<std::string>("Sandbox Game"));
    ASSERT_TRUE(linked.platform_username.has_value());
    EXPECT_EQ(*linked.platform_username, "player_one");
    EXPECT_EQ(linked.metadata, values);
    EXPECT_EQ(run(rest_->fetch_my_role_connection(application_)), linked);

    // Values must fit their record's type, and keys must be records.
    RoleConnectionEditOptions wrong;
    Dict<std::string> bad_values;
    bad_values.entries = {{"level", "many"}, {"verified", "yes"}, {"unknown", "1"}};
    wrong.metadata = bad_values;
    const auto error = expect_error<BadRequestError>(
        [&] { run(rest_->edit_my_role_connection(application_, wrong)); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), 50035);
    EXPECT_TRUE(names_field(*error, "metadata.level"));
    EXPECT_TRUE(names_field(*error, "metadata.verified"));
    EXPECT_TRUE(names_field(*error, "metadata.unknown"));
    RoleConnectionEditOptions long_name;
    long_name.platform_name = std::string(51, 'x');
    EXPECT_THROW(run(rest_->edit_my_role_connection(application_, long_name)), ValueError);
    EXPECT_EQ(run(rest_->fetch_my_role_connection(application_)), linked);  // unchanged

    run(rest_->delete_my_role_connection(application_));
    EXPECT_TRUE(run(rest_->fetch_my_role_connection(application_)).metadata.empty());
    EXPECT_THROW(run(rest_->fetch_my_role_connection(Snowflake(1234))), NotFoundError);
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
