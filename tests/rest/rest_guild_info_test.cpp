// The vanity URL, role member counts, incident actions and the widget image against the
// sandbox.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

#include <algorithm>

namespace hikari::testing {
namespace {

class GuildInfoTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
};

TEST_F(GuildInfoTest, VanityUrlFollowsTheGuild) {
    EXPECT_EQ(run(rest_->fetch_vanity_url(guild_)), VanityUrl{});  // none set: null, 0 uses

    control("POST", "/vanity-url",
            boost::json::object{
                {"guild_id", guild_.to_string()}, {"code", "sandbox-club"}, {"uses", 12}});
    const VanityUrl vanity = run(rest_->fetch_vanity_url(guild_));
    EXPECT_EQ(vanity.code, std::optional<std::string>("sandbox-club"));
    EXPECT_EQ(vanity.uses, 12);
    const Guild guild = run(rest_->fetch_guild(guild_));
    EXPECT_EQ(guild.vanity_url_code, std::optional<std::string>("sandbox-club"));
    EXPECT_NE(std::find(guild.features.begin(), guild.features.end(), "VANITY_URL"),
              guild.features.end());

    EXPECT_THROW(run(rest_->fetch_vanity_url(Snowflake(42))), NotFoundError);
    // MANAGE_GUILD is needed: without the bot's administrator role the answer is 50013.
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    for (const Snowflake role : run(rest_->fetch_member(guild_, bot)).roles) {
        run(rest_->remove_role_from_member(guild_, bot, role));
    }
    const auto forbidden =
        expect_error<ForbiddenError>([&] { run(rest_->fetch_vanity_url(guild_)); });
    ASSERT_TRUE(forbidden);
    EXPECT_EQ(forbidden->code(), 50013);
}

TEST_F(GuildInfoTest, RoleMemberCountsAreCountedFromMembers) {
    std::map<Snowflake, std::int64_t> expected;
    for (const Role& role : run(rest_->fetch_roles(guild_))) {
        if (role.id != guild_) expected[role.id] = 0;
    }
    for (const Member& m : run(rest_->fetch_members(guild_).collect())) {
        for (const Snowflake role : m.roles) ++expected[role];
    }
    RoleMemberCounts counts = run(rest_->fetch_role_member_counts(guild_));
    EXPECT_EQ(counts, expected);
    EXPECT_EQ(counts.count(guild_), 0U);  // @everyone is not listed
    EXPECT_TRUE(
        std::any_of(counts.begin(), counts.end(), [](const auto& c) { return c.second > 0; }));

    // A new role is listed with nobody; giving it to two members counts them.
    RoleOptions options;
    options.name = "Counted";
    const Role role = run(rest_->create_role(guild_, options));
    EXPECT_EQ(run(rest_->fetch_role_member_counts(guild_)).at(role.id), 0);
    // Two ordinary members (the bot may not act on the owner).
    const Snowflake owner = run(rest_->fetch_guild(guild_)).owner_id;
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    std::vector<Snowflake> people;
    for (const Snowflake m : members_) {
        if (m != owner && m != bot) people.push_back(m);
    }
    ASSERT_GE(people.size(), 2U);
    run(rest_->add_role_to_member(guild_, people[0], role.id));
    run(rest_->add_role_to_member(guild_, people[1], role.id));
    counts = run(rest_->fetch_role_member_counts(guild_));
    EXPECT_EQ(counts.at(role.id), 2);
    run(rest_->kick_member(guild_, people[1]));
    EXPECT_EQ(run(rest_->fetch_role_member_counts(guild_)).at(role.id), 1);

    const auto unknown =
        expect_error<NotFoundError>([&] { run(rest_->fetch_role_member_counts(Snowflake(42))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10004);
}

TEST_F(GuildInfoTest, IncidentActionsPauseAndResume) {
    const Timestamp in_two_hours = std::chrono::time_point_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now() + std::chrono::hours(2));
    IncidentActionsEditOptions pause;
    pause.invites_disabled_until = in_two_hours;
    IncidentsData data = run(rest_->edit_incident_actions(guild_, pause));
    EXPECT_EQ(data.invites_disabled_until, std::optional<Timestamp>(in_two_hours));
    EXPECT_FALSE(data.dms_disabled_until);
    const Guild guild = run(rest_->fetch_guild(guild_));
    ASSERT_TRUE(guild.incidents_data);
    EXPECT_EQ(guild.incidents_data->invites_disabled_until, data.invites_disabled_until);

    // A field left out stays; none lifts a pause.
    IncidentActionsEditOptions dms;
    dms.dms_disabled_until = in_two_hours - std::chrono::hours(1);
    data = run(rest_->edit_incident_actions(guild_, dms));
    EXPECT_EQ(data.invites_disabled_until, std::optional<Timestamp>(in_two_hours));
    EXPECT_EQ(data.dms_disabled_until,
              std::optional<Timestamp>(in_two_hours - std::chrono::hours(1)));
    IncidentActionsEditOptions lift;
    lift.invites_disabled_until = none;
    data = run(rest_->edit_incident_actions(guild_, lift));
    EXPECT_FALSE(data.invites_disabled_until);
    EXPECT_TRUE(data.dms_disabled_until);

    // At most 24 hours ahead.
    IncidentActionsEditOptions too_far;
    too_far.dms_disabled_until = in_two_hours + std::chrono::hours(23);
    const auto bad =
        expect_error<BadRequestError>([&] { run(rest_->edit_incident_actions(guild_, too_far)); });
    ASSERT_TRUE(bad);
    EXPECT_TRUE(names_field(*bad, "dms_disabled_until"));
    EXPECT_THROW(run(rest_->edit_incident_actions(Snowflake(42), pause)), NotFoundError);
}

/// Width and height from a PNG's IHDR chunk (bytes 16-23).
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& png) {
    auto u32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
        return v;
    };
    return {u32(16), u32(20)};
}

TEST_F(GuildInfoTest, WidgetImageIsAPngOnceEnabled) {
    const auto disabled =
        expect_error<ForbiddenError>([&] { run(rest_->fetch_widget_image(guild_)); });
    ASSERT_TRUE(disabled);
    EXPECT_EQ(disabled->code(), 50004);

    WidgetSettingsEditOptions enable;
    enable.enabled = true;
    run(rest_->edit_widget_settings(guild_, enable));
    const std::string shield = run(rest_->fetch_widget_image(guild_));
    ASSERT_GT(shield.size(), 33U);
    EXPECT_EQ(shield.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_EQ(shield.substr(12, 4), "IHDR");
    EXPECT_EQ(shield.substr(shield.size() - 8, 4), "IEND");
    EXPECT_EQ(png_size(shield), (std::pair<std::uint32_t, std::uint32_t>{82, 20}));
    const std::string banner = run(rest_->fetch_widget_image(guild_, WidgetImageStyle::banner4));
    EXPECT_EQ(png_size(banner), (std::pair<std::uint32_t, std::uint32_t>{320, 174}));
    EXPECT_THROW(run(rest_->fetch_widget_image(guild_, static_cast<WidgetImageStyle>(9))),
                 ValueError);
    EXPECT_THROW(run(rest_->fetch_widget_image(Snowflake(42))), NotFoundError);
}

}  // namespace
}  // namespace hikari::testing
