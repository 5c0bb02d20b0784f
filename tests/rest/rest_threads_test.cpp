// Threads against the sandbox: starting them three ways, membership, active and archived lists.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class ThreadsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }

    Snowflake human() {
        const Snowflake me = run(rest_->fetch_my_user()).id;
        for (auto it = members_.rbegin(); it != members_.rend(); ++it) {
            if (*it != me) return *it;
        }
        throw std::runtime_error("no human member");
    }
    std::vector<std::string> dispatched() {
        std::vector<std::string> out;
        const auto dispatches = control("GET", "/dispatches");
        for (const auto& d : dispatches.as_array()) {
            out.emplace_back(d.at("t").as_string());
        }
        return out;
    }
    bool dispatched(const std::string& name) {
        const auto all = dispatched();
        return std::find(all.begin(), all.end(), name) != all.end();
    }
};

TEST_F(ThreadsTest, StartsAThreadFromAMessageOnce) {
    const Message message = run(rest_->create_message(channel_, {.content = "topic"}));
    const Channel thread = run(rest_->start_thread_from_message(
        channel_, message.id, {.name = "discussion", .auto_archive_duration = 60}));
    EXPECT_EQ(thread.id, message.id);
    EXPECT_EQ(thread.type, ChannelType::public_thread);
    EXPECT_EQ(thread.name, std::optional<std::string>("discussion"));
    ASSERT_TRUE(thread.thread_metadata.has_value());
    EXPECT_EQ(thread.thread_metadata->auto_archive_duration, 60);
    EXPECT_TRUE(dispatched("THREAD_CREATE"));

    // A message can have only one thread.
    auto again = expect_error<BadRequestError>(
        [&] { run(rest_->start_thread_from_message(channel_, message.id, {.name = "again"})); });
    ASSERT_TRUE(again);
    EXPECT_EQ(again->code(), 160004);
    // Unknown message, bad duration.
    auto unknown = expect_error<NotFoundError>(
        [&] { run(rest_->start_thread_from_message(channel_, Snowflake{42}, {.name = "x"})); });
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code(), 10008);
    const Message other = run(rest_->create_message(channel_, {.content = "other"}));
    auto bad = expect_error<BadRequestError>([&] {
        run(rest_->start_thread_from_message(channel_, other.id,
                                             {.name = "x", .auto_archive_duration = 61}));
    });
    ASSERT_TRUE(bad);
    EXPECT_EQ(bad->code(), 50035);
    EXPECT_TRUE(names_field(*bad, "auto_archive_duration"));
    EXPECT_THROW((void)rest_->start_thread_from_message(channel_, other.id, {.name = ""}),
                 ValueError);
}

TEST_F(ThreadsTest, StartsPublicAndPrivateThreadsWithoutAMessage) {
    const Channel open = run(rest_->start_thread(channel_, {.name = "open"}));
    EXPECT_EQ(open.type, ChannelType::public_thread);
    const Channel closed = run(rest_->start_thread(
        channel_, {.name = "closed", .type = ChannelType::private_thread, .invitable = false}));
    EXPECT_EQ(closed.type, ChannelType::private_thread);
    ASSERT_TRUE(closed.thread_metadata.has_value());
    EXPECT_EQ(closed.thread_metadata->invitable, std::optional<bool>(false));
    // Messages go into threads like any channel.
    const Message inside = run(rest_->create_message(open.id, {.content = "in thread"}));
    EXPECT_EQ(inside.channel_id, open.id);
    // Threads are not guild channels.
    for (const auto& c : run(rest_->fetch_guild_channels(guild_))) EXPECT_NE(c.id, open.id);
}

TEST_F(ThreadsTest, ForumPostCarriesItsFirstMessage) {
    const Channel forum = run(
        rest_->create_guild_channel(guild_, {.name = "ideas", .type = ChannelType::guild_forum}));
    ForumPostOptions post{.name = "first post"};
    post.message.content = "hello forum";
    post.message.attachments.push_back(FileUpload::from_bytes("note.txt", "attached"));
    const Channel thread = run(rest_->create_forum_post(forum.id, post));
    ASSERT_TRUE(thread.parent_id.has_value());
    EXPECT_EQ(*thread.parent_id, forum.id);
    const Message first = run(rest_->fetch_message(thread.id, thread.id));
    EXPECT_EQ(first.content, "hello forum");
    ASSERT_EQ(first.attachments.size(), 1U);
    EXPECT_EQ(first.attachments[0].filename, "note.txt");
    EXPECT_TRUE(dispatched("MESSAGE_CREATE"));

    // A forum post needs its message: the sandbox names the field.
    ForumPostOptions empty{.name = "no message"};
    auto error =
        expect_error<BadRequestError>([&] { run(rest_->create_forum_post(forum.id, empty)); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), 50006);  // the message object is there but empty
    // Posting to a voice channel is refused.
    const Channel voice = run(
        rest_->create_guild_channel(guild_, {.name = "talk", .type = ChannelType::guild_voice}));
    auto wrong =
        expect_error<BadRequestError>([&] { run(rest_->create_forum_post(voice.id, post)); });
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->code(), 50024);
}

TEST_F(ThreadsTest, MembershipRoundTrips) {
    const Channel thread = run(rest_->start_thread(channel_, {.name = "members"}));
    const Snowflake user = human();
    run(rest_->add_thread_member(thread.id, user));
    const ThreadMember member = run(rest_->fetch_thread_member(thread.id, user, true));
    EXPECT_EQ(member.user_id, std::optional<Snowflake>(user));
    ASSERT_TRUE(member.member);
    EXPECT_TRUE(dispatched("THREAD_MEMBERS_UPDATE"));

    auto all = run(rest_->fetch_thread_members(thread.id).collect());
    EXPECT_EQ(all.size(), 2U);  // the bot and the user
    auto paged = run(rest_->fetch_thread_members(thread.id, true).collect());
    EXPECT_EQ(paged.size(), 2U);

    run(rest_->leave_thread(thread.id));
    run(rest_->join_thread(thread.id));
    run(rest_->remove_thread_member(thread.id, user));
    auto gone =
        expect_error<NotFoundError>([&] { run(rest_->fetch_thread_member(thread.id, user)); });
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->code(), 10007);
    // Membership of a channel that is not a thread.
    auto not_thread = expect_error<BadRequestError>([&] { run(rest_->join_thread(channel_)); });
    ASSERT_TRUE(not_thread);
    EXPECT_EQ(not_thread->code(), 50024);
}

TEST_F(ThreadsTest, ActiveAndArchivedLists) {
    const Channel a = run(rest_->start_thread(channel_, {.name = "a"}));
    const Channel b = run(rest_->start_thread(channel_, {.name = "b"}));
    const Channel c = run(rest_->start_thread(channel_, {.name = "c"}));
    const Channel p =
        run(rest_->start_thread(channel_, {.name = "p", .type = ChannelType::private_thread}));
    const ThreadList active = run(rest_->fetch_active_threads(guild_));
    EXPECT_EQ(active.threads.size(), 4U);
    EXPECT_EQ(active.members.size(), 4U);

    for (const auto id : {a.id, b.id, c.id, p.id}) {
        (void)run(rest_->edit_channel(id, {.archived = true}));
    }
    EXPECT_TRUE(run(rest_->fetch_active_threads(guild_)).threads.empty());
    // An archived thread takes no new members.
    auto archived =
        expect_error<BadRequestError>([&] { run(rest_->add_thread_member(a.id, human())); });
    ASSERT_TRUE(archived);
    EXPECT_EQ(archived->code(), 50083);

    const auto publics = run(rest_->fetch_archived_threads(channel_).collect());
    ASSERT_EQ(publics.size(), 3U);
    // Most recently archived first.
    EXPECT_EQ(publics[0].id, c.id);
    EXPECT_EQ(publics[2].id, a.id);
    const auto privates =
        run(rest_->fetch_archived_threads(channel_, ArchivedThreads::private_).collect());
    ASSERT_EQ(privates.size(), 1U);
    EXPECT_EQ(privates[0].id, p.id);
    const auto joined =
        run(rest_->fetch_archived_threads(channel_, ArchivedThreads::joined_private_).collect());
    ASSERT_EQ(joined.size(), 1U);
    // before: nothing archived before the first thread was.
    const auto none = run(rest_
                              ->fetch_archived_threads(channel_, ArchivedThreads::public_,
                                                       a.thread_metadata->archive_timestamp)
                              .collect());
    EXPECT_TRUE(none.empty());
    // Unarchiving brings one back.
    (void)run(rest_->edit_channel(b.id, {.archived = false}));
    EXPECT_EQ(run(rest_->fetch_active_threads(guild_)).threads.size(), 1U);
}

}  // namespace
}  // namespace hikari::testing
