// Scheduled events against the sandbox: CRUD, status transitions, interested users, and the
// exceptions (moved or canceled occurrences) of recurring events.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class ScheduledEventsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
    static Timestamp in_hours(int hours) {
        return std::chrono::time_point_cast<std::chrono::microseconds>(
            std::chrono::system_clock::now() + std::chrono::hours(hours));
    }
    Snowflake voice_channel() {
        return run(rest_->create_guild_channel(
                       guild_, {.name = "events", .type = ChannelType::guild_voice}))
            .id;
    }
};

TEST_F(ScheduledEventsTest, CrudAndStatus) {
    const Snowflake voice = voice_channel();
    const GuildScheduledEvent created =
        run(rest_->create_scheduled_event(guild_, {.name = "Game night",
                                                   .entity_type = ScheduledEventEntityType::voice,
                                                   .scheduled_start_time = in_hours(2),
                                                   .channel_id = voice,
                                                   .description = "bring snacks"}));
    EXPECT_EQ(created.name, "Game night");
    EXPECT_EQ(created.status, ScheduledEventStatus::scheduled);
    EXPECT_EQ(created.channel_id, std::optional<Snowflake>(voice));

    const GuildScheduledEvent external = run(
        rest_->create_scheduled_event(guild_, {.name = "Meetup",
                                               .entity_type = ScheduledEventEntityType::external,
                                               .scheduled_start_time = in_hours(3),
                                               .scheduled_end_time = in_hours(5),
                                               .location = "The park"}));
    ASSERT_TRUE(external.entity_metadata.has_value());
    EXPECT_EQ(external.entity_metadata->location, std::optional<std::string>("The park"));
    EXPECT_FALSE(external.channel_id.has_value());

    EXPECT_EQ(run(rest_->fetch_scheduled_events(guild_)).size(), 2U);
    EXPECT_EQ(run(rest_->fetch_scheduled_event(guild_, created.id, true)).user_count,
              std::optional<std::int32_t>(0));

    const GuildScheduledEvent started = run(rest_->edit_scheduled_event(
        guild_, created.id, {.name = "Game night!", .status = ScheduledEventStatus::active}));
    EXPECT_EQ(started.status, ScheduledEventStatus::active);
    EXPECT_EQ(started.name, "Game night!");
    // active -> scheduled is no transition Discord allows.
    auto back = expect_error<BadRequestError>([&] {
        run(rest_->edit_scheduled_event(guild_, created.id,
                                        {.status = ScheduledEventStatus::scheduled}));
    });
    ASSERT_TRUE(back);
    EXPECT_TRUE(names_field(*back, "status"));
    (void)run(rest_->edit_scheduled_event(guild_, created.id,
                                          {.status = ScheduledEventStatus::completed}));
    auto finished = expect_error<BadRequestError>(
        [&] { run(rest_->edit_scheduled_event(guild_, created.id, {.name = "again"})); });
    ASSERT_TRUE(finished);
    EXPECT_EQ(finished->code(), 180000);
    auto closed = expect_error<BadRequestError>([&] {
        run(rest_->edit_scheduled_event(guild_, created.id,
                                        {.status = ScheduledEventStatus::active}));
    });
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->code(), 180000);

    run(rest_->delete_scheduled_event(guild_, created.id));
    auto gone =
        expect_error<NotFoundError>([&] { run(rest_->fetch_scheduled_event(guild_, created.id)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10070);

    std::vector<std::string> events;
    const auto dispatches = control("GET", "/dispatches");
    for (const auto& d : dispatches.as_array()) {
        events.emplace_back(d.at("t").as_string());
    }
    for (const char* name : {"GUILD_SCHEDULED_EVENT_CREATE", "GUILD_SCHEDULED_EVENT_UPDATE",
                             "GUILD_SCHEDULED_EVENT_DELETE"}) {
        EXPECT_NE(std::find(events.begin(), events.end(), name), events.end()) << name;
    }
}

TEST_F(ScheduledEventsTest, InvalidEventsAreRefused) {
    EXPECT_THROW((void)rest_->create_scheduled_event(
                     guild_, {.name = "x",
                              .entity_type = ScheduledEventEntityType::external,
                              .scheduled_start_time = in_hours(1)}),
                 ValueError);
    // In the past.
    auto past = expect_error<BadRequestError>([&] {
        run(rest_->create_scheduled_event(
            guild_,
            {.name = "late", .scheduled_start_time = in_hours(-1), .channel_id = voice_channel()}));
    });
    ASSERT_TRUE(past);
    EXPECT_EQ(past->code(), 50035);
    EXPECT_TRUE(names_field(*past, "scheduled_start_time"));
    // A voice event in a text channel.
    auto text = expect_error<BadRequestError>([&] {
        run(rest_->create_scheduled_event(
            guild_,
            {.name = "wrong", .scheduled_start_time = in_hours(1), .channel_id = channel_}));
    });
    ASSERT_TRUE(text);
    EXPECT_TRUE(names_field(*text, "channel_id"));
    auto unknown_guild =
        expect_error<NotFoundError>([&] { run(rest_->fetch_scheduled_events(Snowflake{99})); });
    ASSERT_TRUE(unknown_guild);
    EXPECT_EQ(unknown_guild->code(), 10004);
}

TEST_F(ScheduledEventsTest, InterestedUsersPaginate) {
    const GuildScheduledEvent event = run(rest_->create_scheduled_event(
        guild_,
        {.name = "Talk", .scheduled_start_time = in_hours(1), .channel_id = voice_channel()}));
    for (const Snowflake user : members_) {
        control("POST", "/scheduled-events/users",
                boost::json::object{{"guild_id", guild_.to_string()},
                                    {"event_id", event.id.to_string()},
                                    {"user_id", user.to_string()}});
    }
    const auto users = run(rest_->fetch_scheduled_event_users(guild_, event.id, true).collect());
    ASSERT_EQ(users.size(), members_.size());
    for (std::size_t i = 1; i < users.size(); ++i)
        EXPECT_LT(users[i - 1].user.id, users[i].user.id);
    EXPECT_EQ(users[0].guild_scheduled_event_id, event.id);
    EXPECT_TRUE(users[0].member.has_value());
    EXPECT_EQ(run(rest_->fetch_scheduled_event(guild_, event.id, true)).user_count,
              std::optional<std::int32_t>(static_cast<std::int32_t>(members_.size())));
    auto first_two = run(rest_->fetch_scheduled_event_users(guild_, event.id).collect(2));
    EXPECT_EQ(first_two.size(), 2U);
    EXPECT_FALSE(first_two[0].member.has_value());
}

TEST_F(ScheduledEventsTest, UserCountsFollowInterestedUsers) {
    const Snowflake channel = voice_channel();
    ScheduledEventCreateOptions options{
        .name = "Count me", .scheduled_start_time = in_hours(2), .channel_id = channel};
    const GuildScheduledEvent event = run(rest_->create_scheduled_event(guild_, options));
    EXPECT_EQ(run(rest_->fetch_scheduled_event_user_counts(guild_, event.id)),
              ScheduledEventUserCounts{});
    ASSERT_GE(members_.size(), 3U);
    for (std::size_t i = 0; i < 3; ++i) {
        control("POST", "/scheduled-events/users",
                boost::json::object{{"guild_id", guild_.to_string()},
                                    {"event_id", event.id.to_string()},
                                    {"user_id", members_[i].to_string()}});
    }
    // A one-off event has no exceptions: asking for one counts nothing for it.
    const auto counts =
        run(rest_->fetch_scheduled_event_user_counts(guild_, event.id, {Snowflake(1234)}));
    EXPECT_EQ(counts.users, 3);
    EXPECT_TRUE(counts.exceptions.empty());

    const auto unknown = expect_error<NotFoundError>(
        [&] { run(rest_->fetch_scheduled_event_user_counts(guild_, Snowflake(77))); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10070);
    EXPECT_THROW(run(rest_->fetch_scheduled_event_user_counts(
                     guild_, event.id, std::vector<Snowflake>(11, Snowflake(1)))),
                 ValueError);
}

TEST_F(ScheduledEventsTest, ExceptionsMoveAndCancelOccurrences) {
    // A weekly series: every seven days from the first start, same time of day.
    const Timestamp first = std::chrono::floor<std::chrono::seconds>(in_hours(24));
    const auto week = std::chrono::days(7);
    RecurrenceRule weekly;
    weekly.start = first;
    weekly.frequency = RecurrenceFrequency::weekly;
    weekly.interval = 1;
    ScheduledEventCreateOptions options{.name = "Weekly raid",
                                        .scheduled_start_time = first,
                                        .channel_id = voice_channel(),
                                        .recurrence_rule = weekly};
    const GuildScheduledEvent series = run(rest_->create_scheduled_event(guild_, options));
    ASSERT_TRUE(series.recurrence_rule.has_value());
    EXPECT_EQ(series.recurrence_rule->frequency, RecurrenceFrequency::weekly);
    for (std::size_t i = 0; i < 2; ++i) {
        control("POST", "/scheduled-events/users",
                boost::json::object{{"guild_id", guild_.to_string()},
                                    {"event_id", series.id.to_string()},
                                    {"user_id", members_[i].to_string()}});
    }

    // The second occurrence moves an hour later.
    ScheduledEventExceptionCreateOptions moved{.original_scheduled_start_time = first + week};
    moved.scheduled_start_time = first + week + std::chrono::hours(1);
    const GuildScheduledEventException exception =
        run(rest_->create_scheduled_event_exception(guild_, series.id, moved));
    EXPECT_EQ(exception.event_id, series.id);
    // Discord names the exception by the snowflake of the occurrence's original start.
    EXPECT_EQ(exception.event_exception_id.timestamp_ms(),
              static_cast<std::uint64_t>(to_unix_ms(first + week)));
    EXPECT_EQ(exception.scheduled_start_time,
              std::optional<Timestamp>(first + week + std::chrono::hours(1)));
    EXPECT_FALSE(exception.scheduled_end_time.has_value());
    EXPECT_FALSE(exception.is_canceled);

    const auto users = run(rest_
                               ->fetch_scheduled_event_exception_users(
                                   guild_, series.id, exception.event_exception_id, true)
                               .collect());
    ASSERT_EQ(users.size(), 2U);
    EXPECT_EQ(users[0].guild_scheduled_event_exception_id,
              std::optional<Snowflake>(exception.event_exception_id));
    EXPECT_TRUE(users[0].member.has_value());
    EXPECT_EQ(run(rest_->fetch_scheduled_event_user_counts(guild_, series.id,
                                                           {exception.event_exception_id}))
                  .exceptions.at(exception.event_exception_id),
              2);

    // Canceling it leaves nobody interested in that occurrence; none restores the time.
    ScheduledEventExceptionEditOptions cancel;
    cancel.is_canceled = true;
    cancel.scheduled_start_time = none;
    const GuildScheduledEventException canceled = run(rest_->edit_scheduled_event_exception(
        guild_, series.id, exception.event_exception_id, cancel));
    EXPECT_TRUE(canceled.is_canceled);
    EXPECT_FALSE(canceled.scheduled_start_time.has_value());
    EXPECT_TRUE(run(rest_
                        ->fetch_scheduled_event_exception_users(guild_, series.id,
                                                                exception.event_exception_id)
                        .collect())
                    .empty());

    // Not an occurrence (three days in), twice the same occurrence, a one-off event.
    ScheduledEventExceptionCreateOptions off_day{.original_scheduled_start_time =
                                                     first + std::chrono::days(3)};
    auto not_occurrence = expect_error<BadRequestError>(
        [&] { run(rest_->create_scheduled_event_exception(guild_, series.id, off_day)); });
    ASSERT_TRUE(not_occurrence);
    EXPECT_EQ(not_occurrence->code(), 50035);
    EXPECT_TRUE(names_field(*not_occurrence, "original_scheduled_start_time"));
    EXPECT_THROW(run(rest_->create_scheduled_event_exception(guild_, series.id, moved)),
                 BadRequestError);
    ScheduledEventCreateOptions once_options{
        .name = "Once", .scheduled_start_time = first, .channel_id = voice_channel()};
    const GuildScheduledEvent once = run(rest_->create_scheduled_event(guild_, once_options));
    ScheduledEventExceptionCreateOptions at_start{.original_scheduled_start_time = first};
    EXPECT_THROW(run(rest_->create_scheduled_event_exception(guild_, once.id, at_start)),
                 BadRequestError);
    // An end before the overridden start.
    ScheduledEventExceptionEditOptions backwards;
    backwards.scheduled_start_time = first + week + std::chrono::hours(2);
    backwards.scheduled_end_time = first + week + std::chrono::hours(1);
    auto reversed = expect_error<BadRequestError>([&] {
        run(rest_->edit_scheduled_event_exception(guild_, series.id, exception.event_exception_id,
                                                  backwards));
    });
    ASSERT_TRUE(reversed);
    EXPECT_TRUE(names_field(*reversed, "scheduled_end_time"));

    run(rest_->delete_scheduled_event_exception(guild_, series.id, exception.event_exception_id));
    auto gone = expect_error<NotFoundError>([&] {
        run(rest_->delete_scheduled_event_exception(guild_, series.id,
                                                    exception.event_exception_id));
    });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10070);
    EXPECT_THROW(run(rest_
                         ->fetch_scheduled_event_exception_users(guild_, series.id,
                                                                 exception.event_exception_id)
                         .collect()),
                 NotFoundError);

    // MANAGE_EVENTS is needed: without the bot's administrator role the answer is 50013.
    const Snowflake bot = run(rest_->fetch_my_user()).id;
    for (const Snowflake role : run(rest_->fetch_member(guild_, bot)).roles) {
        run(rest_->remove_role_from_member(guild_, bot, role));
    }
    auto forbidden = expect_error<ForbiddenError>(
        [&] { run(rest_->create_scheduled_event_exception(guild_, series.id, moved)); });
    ASSERT_TRUE(forbidden);
    EXPECT_EQ(forbidden->code(), 50013);
}

}  // namespace
}  // namespace hikari::testing
