// Guild administration against the sandbox: the audit log (entries recorded by the sandbox
// for bans, kicks, role and channel changes, with their reasons), prune, bulk ban,
// integrations, auto moderation rules and application commands one at a time.

#include "sandbox_fixture.hpp"

#include <hikari/model/audit_log.hpp>
#include <hikari/model/integration.hpp>

#include <algorithm>

namespace hikari::testing {
namespace {

class GuildAdminTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override {
        options.route_rate_limits = false;
        options.world.members_per_guild = 8;
    }
    /// Members that are neither the bot nor the owner.
    std::vector<Snowflake> humans() {
        const Snowflake me = run(rest_->fetch_my_user()).id;
        const Snowflake owner = run(rest_->fetch_guild(guild_)).owner_id;
        std::vector<Snowflake> out;
        for (const auto m : members_) {
            if (m != me && m != owner) out.push_back(m);
        }
        return out;
    }
    /// The dispatch names the sandbox emitted so far.
    std::vector<std::string> dispatched() {
        std::vector<std::string> out;
        const auto dispatches = control("GET", "/dispatches");
        for (const auto& d : dispatches.as_array()) {
            out.emplace_back(d.at("t").as_string());
        }
        return out;
    }
};

TEST_F(GuildAdminTest, AuditLogRecordsMutationsWithReasonsAndFilters) {
    const auto people = humans();
    ASSERT_GE(people.size(), 2U);
    const Role role = run(rest_->create_role(guild_, {.name = "audited"}, "role reason"));
    run(rest_->edit_role(guild_, role.id, {.name = "audited-2"}));
    run(rest_->ban_user(guild_, people[0], {}, "spam, links & more"));
    run(rest_->kick_member(guild_, people[1], "bye"));
    ChannelEditOptions topic;
    topic.topic = "new topic";
    run(rest_->edit_channel(channel_, std::move(topic), "tidy"));

    const auto all = run(rest_->fetch_audit_log(guild_).collect());
    ASSERT_EQ(all.size(), 5U);
    // Newest first.
    EXPECT_EQ(all[0].action_type, AuditLogEvent::channel_update);
    EXPECT_EQ(all[0].reason, std::optional<std::string>("tidy"));
    EXPECT_EQ(all[1].action_type, AuditLogEvent::member_kick);
    EXPECT_EQ(all[1].target_id, std::optional<std::string>(people[1].to_string()));
    EXPECT_EQ(all[2].action_type, AuditLogEvent::member_ban_add);
    EXPECT_EQ(all[2].reason, std::optional<std::string>("spam, links & more"));
    EXPECT_EQ(all[3].action_type, AuditLogEvent::role_update);
    ASSERT_FALSE(all[3].changes.empty());
    EXPECT_EQ(all[3].changes[0].key, "name");
    EXPECT_EQ(all[3].changes[0].new_value, std::optional<std::string>("\"audited-2\""));
    EXPECT_EQ(all[4].action_type, AuditLogEvent::role_create);
    EXPECT_EQ(all[4].reason, std::optional<std::string>("role reason"));
    const Snowflake me = run(rest_->fetch_my_user()).id;
    for (const auto& e : all) EXPECT_EQ(e.user_id, std::optional<Snowflake>(me));

    // Filters: by action type, by user, and before/after an entry.
    const auto bans = run(
        rest_->fetch_audit_log(guild_, {.action_type = AuditLogEvent::member_ban_add}).collect());
    ASSERT_EQ(bans.size(), 1U);
    EXPECT_EQ(bans[0].id, all[2].id);
    EXPECT_EQ(run(rest_->fetch_audit_log(guild_, {.user = Snowflake(1)}).collect()).size(), 0U);
    const auto older = run(rest_->fetch_audit_log(guild_, {.before = all[2].id}).collect());
    ASSERT_EQ(older.size(), 2U);
    EXPECT_EQ(older[0].id, all[3].id);
    const auto newer = run(rest_->fetch_audit_log(guild_, {.after = all[2].id}).collect());
    ASSERT_EQ(newer.size(), 2U);

    // A page carries the users the entries name.
    const AuditLog page = run(rest_->fetch_audit_log_page(guild_, {}, 2));
    EXPECT_EQ(page.entries.size(), 2U);
    ASSERT_EQ(page.users.size(), 1U);
    EXPECT_EQ(page.users[0].id, me);
    EXPECT_THROW(run(rest_->fetch_audit_log_page(guild_, {}, 0)), ValueError);

    const auto events = dispatched();
    EXPECT_EQ(std::count(events.begin(), events.end(), "GUILD_AUDIT_LOG_ENTRY_CREATE"), 5);
}

TEST_F(GuildAdminTest, AuditLogPagesThroughMoreThanOneRequest) {
    for (int i = 0; i < 105; ++i) {
        ChannelEditOptions topic;
        topic.topic = "topic " + std::to_string(i);
        run(rest_->edit_channel(channel_, std::move(topic)));
    }
    const auto all = run(rest_->fetch_audit_log(guild_).collect());
    EXPECT_EQ(all.size(), 105U);
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end(),
                               [](const auto& a, const auto& b) { return a.id > b.id; }));
    EXPECT_EQ(sandbox_calls("GET /guilds/{guild_id}/audit-logs"), 3U);  // 100, 5, then empty
}

TEST_F(GuildAdminTest, PruneCountsThenRemovesMembersWithoutRoles) {
    const auto people = humans();
    ASSERT_GE(people.size(), 3U);
    const Role keep = run(rest_->create_role(guild_, {.name = "keep"}));
    const Role include = run(rest_->create_role(guild_, {.name = "include"}));
    for (const auto m : people) {
        const auto member = run(rest_->fetch_member(guild_, m));
        for (const auto r : member.roles) run(rest_->remove_role_from_member(guild_, m, r));
    }
    run(rest_->add_role_to_member(guild_, people[0], keep.id));
    run(rest_->add_role_to_member(guild_, people[1], include.id));
    const auto without_roles = static_cast<int>(people.size()) - 2;

    EXPECT_EQ(run(rest_->estimate_guild_prune_count(guild_, 7)), without_roles);
    EXPECT_EQ(run(rest_->estimate_guild_prune_count(guild_, 7, {include.id})), without_roles + 1);
    EXPECT_THROW(run(rest_->estimate_guild_prune_count(guild_, 31)), ValueError);

    GuildPruneOptions options{.days = 3, .include_roles = {include.id}};
    const auto pruned = run(rest_->begin_guild_prune(guild_, options, "cleanup"));
    EXPECT_EQ(pruned, std::optional<int>(without_roles + 1));
    EXPECT_NO_THROW(run(rest_->fetch_member(guild_, people[0])));
    EXPECT_THROW(run(rest_->fetch_member(guild_, people[1])), NotFoundError);
    EXPECT_EQ(run(rest_->estimate_guild_prune_count(guild_)), 0);
    GuildPruneOptions uncounted{.compute_prune_count = false};
    EXPECT_EQ(run(rest_->begin_guild_prune(guild_, uncounted)), std::nullopt);

    const auto entries =
        run(rest_->fetch_audit_log(guild_, {.action_type = AuditLogEvent::member_prune}).collect());
    ASSERT_EQ(entries.size(), 2U);
    ASSERT_TRUE(entries[1].options.has_value());
    EXPECT_EQ(entries[1].options->delete_member_days, std::optional<std::string>("3"));
    EXPECT_EQ(entries[1].reason, std::optional<std::string>("cleanup"));
}

TEST_F(GuildAdminTest, BulkBanReportsBannedAndFailedUsers) {
    const auto people = humans();
    ASSERT_GE(people.size(), 2U);
    run(rest_->ban_user(guild_, people[0]));
    const Snowflake unknown(12345);
    const auto result = run(rest_->bulk_ban_users(guild_, {people[0], people[1], unknown},
                                                  std::chrono::seconds(60), "raid"));
    EXPECT_EQ(result.banned_users, std::vector<Snowflake>{people[1]});
    EXPECT_EQ(result.failed_users, (std::vector<Snowflake>{people[0], unknown}));
    EXPECT_EQ(run(rest_->fetch_ban(guild_, people[1])).reason, std::optional<std::string>("raid"));
    // Nobody bannable: Discord's 500000.
    try {
        run(rest_->bulk_ban_users(guild_, {people[0]}));
        FAIL() << "expected an error";
    } catch (const BadRequestError& e) {
        EXPECT_EQ(e.code(), 500000);
    }
    EXPECT_THROW(run(rest_->bulk_ban_users(guild_, {})), ValueError);
    EXPECT_THROW(run(rest_->bulk_ban_users(guild_, std::vector<Snowflake>(201, people[1]))),
                 ValueError);
}

TEST_F(GuildAdminTest, IntegrationsListAndDelete) {
    const auto integrations = run(rest_->fetch_integrations(guild_));
    ASSERT_EQ(integrations.size(), 2U);
    const auto twitch = std::find_if(integrations.begin(), integrations.end(),
                                     [](const Integration& i) { return i.type == "twitch"; });
    ASSERT_NE(twitch, integrations.end());
    EXPECT_EQ(twitch->account.name, "sandbox-stream");
    run(rest_->delete_integration(guild_, twitch->id, "unused"));
    const auto left = run(rest_->fetch_integrations(guild_));
    ASSERT_EQ(left.size(), 1U);
    EXPECT_EQ(left[0].type, "discord");
    EXPECT_THROW(run(rest_->delete_integration(guild_, twitch->id)), NotFoundError);
    const auto events = dispatched();
    EXPECT_NE(std::find(events.begin(), events.end(), "INTEGRATION_DELETE"), events.end());
}

TEST_F(GuildAdminTest, AutoModerationRulesCrud) {
    AutoModerationRuleOptions create;
    create.name = "no links";
    create.event_type = AutoModerationEventType::message_send;
    create.trigger_type = AutoModerationTriggerType::keyword;
    AutoModerationTriggerMetadata metadata;
    metadata.keyword_filter = {"http*"};
    create.trigger_metadata = metadata;
    AutoModerationAction block{.type = AutoModerationActionType::block_message, .metadata = {}};
    create.actions = std::vector<AutoModerationAction>{block};
    create.enabled = true;
    const auto rule = run(rest_->create_auto_moderation_rule(guild_, create, "moderation"));
    EXPECT_EQ(rule.name, "no links");
    EXPECT_EQ(rule.guild_id, guild_);
    EXPECT_EQ(rule.trigger_metadata.keyword_filter, std::vector<std::string>{"http*"});
    ASSERT_EQ(rule.actions.size(), 1U);
    EXPECT_EQ(rule.actions[0].type, AutoModerationActionType::block_message);
    EXPECT_TRUE(rule.enabled);

    EXPECT_EQ(run(rest_->fetch_auto_moderation_rule(guild_, rule.id)), rule);
    AutoModerationRuleOptions edit;
    edit.enabled = false;
    edit.exempt_channels = std::vector<Snowflake>{channel_};
    const auto edited = run(rest_->edit_auto_moderation_rule(guild_, rule.id, edit));
    EXPECT_FALSE(edited.enabled);
    EXPECT_EQ(edited.exempt_channels, std::vector<Snowflake>{channel_});
    EXPECT_EQ(run(rest_->fetch_auto_moderation_rules(guild_)).size(), 1U);

    // The client refuses what Discord would: incomplete creates, trigger type changes.
    EXPECT_THROW(run(rest_->create_auto_moderation_rule(guild_, edit)), ValueError);
    EXPECT_THROW(run(rest_->edit_auto_moderation_rule(guild_, rule.id, create)), ValueError);
    // The sandbox refuses what the client cannot check: a bad action type.
    AutoModerationRuleOptions bad = create;
    bad.actions = std::vector<AutoModerationAction>{
        {.type = static_cast<AutoModerationActionType>(9), .metadata = {}}};
    EXPECT_THROW(run(rest_->create_auto_moderation_rule(guild_, bad)), BadRequestError);

    run(rest_->delete_auto_moderation_rule(guild_, rule.id));
    EXPECT_THROW(run(rest_->fetch_auto_moderation_rule(guild_, rule.id)), NotFoundError);
    const auto events = dispatched();
    for (const char* e : {"AUTO_MODERATION_RULE_CREATE", "AUTO_MODERATION_RULE_UPDATE",
                          "AUTO_MODERATION_RULE_DELETE"}) {
        EXPECT_NE(std::find(events.begin(), events.end(), e), events.end()) << e;
    }
    const auto log = run(rest_->fetch_audit_log(guild_).collect());
    ASSERT_EQ(log.size(), 3U);
    EXPECT_EQ(log[2].action_type, AuditLogEvent::auto_moderation_rule_create);
}

TEST_F(GuildAdminTest, ApplicationCommandsFetchAndEditOneAtATime) {
    const auto global = run(
        rest_->create_application_command(application_, {.name = "ping", .description = "Pong!"}));
    EXPECT_EQ(run(rest_->fetch_application_command(application_, global.id)).name, "ping");
    CommandEditOptions edit;
    edit.description = "Pong, edited";
    edit.default_member_permissions = Permissions(8);
    const auto edited = run(rest_->edit_application_command(application_, global.id, edit));
    EXPECT_EQ(edited.description, "Pong, edited");
    EXPECT_EQ(edited.default_member_permissions, std::optional<Permissions>(Permissions(8)));

    const auto local = run(rest_->create_application_command(
        application_, {.name = "local", .description = "in a guild"}, guild_));
    CommandEditOptions rename;
    rename.name = "renamed";
    EXPECT_EQ(run(rest_->edit_application_command(application_, local.id, rename, guild_)).name,
              "renamed");
    EXPECT_EQ(run(rest_->fetch_application_command(application_, local.id, guild_)).name,
              "renamed");
    // A guild command is not a global one.
    EXPECT_THROW(run(rest_->fetch_application_command(application_, local.id)), NotFoundError);
    CommandEditOptions bad;
    bad.name = "";
    EXPECT_THROW(run(rest_->edit_application_command(application_, local.id, bad)), ValueError);
}

}  // namespace
}  // namespace hikari::testing
