// Messages, reactions, pins and channels against the sandbox.

#include "sandbox_fixture.hpp"

#include <filesystem>
#include <fstream>
#include <thread>

namespace hikari::testing {
namespace {

class MessagesTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override {
        options.route_rate_limits = false;  // functional tests: no waiting
        options.world.messages_per_channel = 0;
    }
};

TEST_F(MessagesTest, CreatesFetchesEditsAndDeletesAMessage) {
    const Message created = run(rest_->create_message(channel_, {.content = "hello"}));
    EXPECT_EQ(created.content, "hello");
    EXPECT_EQ(created.channel_id, channel_);
    EXPECT_EQ(run(rest_->fetch_message(channel_, created.id)).content, "hello");

    const Message edited = run(rest_->edit_message(channel_, created.id, {.content = "edited"}));
    EXPECT_EQ(edited.content, "edited");
    EXPECT_TRUE(edited.edited_timestamp.has_value());

    run(rest_->delete_message(channel_, created.id, "cleanup"));
    EXPECT_THROW(run(rest_->fetch_message(channel_, created.id)), NotFoundError);
}

TEST_F(MessagesTest, RepliesAndEmbeds) {
    const Message first = run(rest_->create_message(channel_, {.content = "first"}));
    Embed embed;
    embed.title = "Title";
    embed.description = "Body";
    const Message reply = run(rest_->create_message(
        channel_, {.content = "reply", .embeds = std::vector<Embed>{embed}, .reply = first.id}));
    ASSERT_TRUE(reply.message_reference.has_value());
    EXPECT_EQ(reply.message_reference->message_id, first.id);
    ASSERT_EQ(reply.embeds.size(), 1U);
    EXPECT_EQ(reply.embeds[0].title, std::optional<std::string>("Title"));
}

TEST_F(MessagesTest, UploadsFilesFromMemoryAndDisk) {
    const auto path = std::filesystem::temp_directory_path() / "hikari-upload-test.txt";
    {
        std::ofstream out(path, std::ios::binary);
        for (int i = 0; i < 20000; ++i) out << "line " << i << "\n";  // ~200 KB, several pieces
    }
    MessageCreateOptions options;
    options.content = "files";
    options.attachments.push_back(FileUpload::from_bytes("a.txt", "alpha", "text/plain"));
    options.attachments.push_back(FileUpload::from_path(path).description("big file"));
    const Message m = run(rest_->create_message(channel_, options));
    std::filesystem::remove(path);
    ASSERT_EQ(m.attachments.size(), 2U);
    EXPECT_EQ(m.attachments[0].filename, "a.txt");
    EXPECT_EQ(m.attachments[0].size, 5);
    EXPECT_EQ(m.attachments[1].filename, "hikari-upload-test.txt");
    EXPECT_GT(m.attachments[1].size, 100000);
}

/// Files read on a separate "blocking" executor, run by its own thread.
class BlockingReadsTest : public MessagesTest {
  protected:
    void configure_client(RESTOptions& options) override {
        options.blocking_executor = reader_io_.get_executor();
    }
    boost::asio::io_context reader_io_;
};

TEST_F(BlockingReadsTest, FilesAreOpenedAndReadOnTheBlockingExecutor) {
    const auto path = std::filesystem::temp_directory_path() / "hikari-blocking-read-test.txt";
    std::string content;
    for (int i = 0; i < 30000; ++i) content += "row " + std::to_string(i) + "\n";  // ~260 KB
    { std::ofstream(path, std::ios::binary) << content; }
    auto guard = boost::asio::make_work_guard(reader_io_);
    std::size_t handled = 0;
    std::thread reader([&] { handled = reader_io_.run(); });
    MessageCreateOptions options;
    options.attachments.push_back(FileUpload::from_path(path));
    const Message m = run(rest_->create_message(channel_, options));
    guard.reset();
    reader.join();
    std::filesystem::remove(path);
    ASSERT_EQ(m.attachments.size(), 1U);
    EXPECT_EQ(m.attachments[0].size, content.size());
    // The open and each of the five 64 KiB reads (plus the end) ran on the reader's thread.
    EXPECT_GE(handled, 6U);
}

TEST_F(MessagesTest, MissingFileIsAValueError) {
    EXPECT_THROW((void)FileUpload::from_path("/nonexistent/file.png"), ValueError);
    EXPECT_THROW((void)FileUpload::from_bytes("", "x"), ValueError);
}

TEST_F(MessagesTest, PaginatesBackwardsAndForwards) {
    std::vector<Snowflake> ids;
    for (int i = 0; i < 7; ++i) {
        ids.push_back(run(rest_->create_message(channel_, {.content = std::to_string(i)})).id);
    }
    auto backwards = run(rest_->fetch_messages(channel_).collect(100));
    ASSERT_EQ(backwards.size(), 7U);
    EXPECT_EQ(backwards.front().id, ids.back());
    EXPECT_EQ(backwards.back().id, ids.front());

    auto forwards = run(rest_->fetch_messages(channel_, {.after = ids[2]}).collect(100));
    ASSERT_EQ(forwards.size(), 4U);
    EXPECT_EQ(forwards.front().id, ids[3]);
    EXPECT_EQ(forwards.back().id, ids[6]);

    auto limited = run(rest_->fetch_messages(channel_, {.before = ids[5]}).collect(2));
    ASSERT_EQ(limited.size(), 2U);
    EXPECT_EQ(limited[0].id, ids[4]);
    EXPECT_EQ(limited[1].id, ids[3]);

    auto around = run(rest_->fetch_messages_around(channel_, ids[3], 3));
    EXPECT_EQ(around.size(), 3U);
    EXPECT_THROW((void)rest_->fetch_messages(channel_, {.before = ids[1], .after = ids[0]}),
                 ValueError);
}

TEST_F(MessagesTest, PaginatorEndsCleanlyOnAnEmptyChannel) {
    auto paginator = rest_->fetch_messages(channel_);
    EXPECT_EQ(run(paginator.next()), std::nullopt);
    EXPECT_TRUE(paginator.exhausted());
    EXPECT_EQ(run(paginator.next()), std::nullopt);
}

TEST_F(MessagesTest, BulkDeletesInChunks) {
    std::vector<Snowflake> ids;
    for (int i = 0; i < 4; ++i) {
        ids.push_back(run(rest_->create_message(channel_, {.content = std::to_string(i)})).id);
    }
    run(rest_->delete_messages(channel_, ids));
    EXPECT_TRUE(run(rest_->fetch_messages(channel_).collect()).empty());
    EXPECT_EQ(sandbox_calls("POST /channels/{channel_id}/messages/bulk-delete"), 1U);
}

TEST_F(MessagesTest, BulkDeleteFailureReportsWhatWasDeleted) {
    std::vector<Snowflake> ids{Snowflake(1), Snowflake(2)};
    try {
        run(rest_->delete_messages(channel_, ids));
        FAIL() << "expected BulkDeleteError";
    } catch (const BulkDeleteError& e) {
        EXPECT_TRUE(e.deleted().empty());
        EXPECT_EQ(e.not_deleted().size(), 2U);
    }
}

TEST_F(MessagesTest, ReactionsRoundTrip) {
    const Message m = run(rest_->create_message(channel_, {.content = "react"}));
    run(rest_->add_reaction(channel_, m.id, "\xF0\x9F\x91\x8D"));
    const auto users =
        run(rest_->fetch_reactions_for_emoji(channel_, m.id, "\xF0\x9F\x91\x8D").collect());
    ASSERT_EQ(users.size(), 1U);
    EXPECT_EQ(users[0].id, run(rest_->fetch_my_user()).id);
    run(rest_->delete_my_reaction(channel_, m.id, "\xF0\x9F\x91\x8D"));
    EXPECT_TRUE(run(rest_->fetch_reactions_for_emoji(channel_, m.id, "\xF0\x9F\x91\x8D").collect())
                    .empty());
    EXPECT_THROW((void)rest_->fetch_reactions_for_emoji(channel_, m.id, ""), ValueError);
}

TEST_F(MessagesTest, PinsAndTyping) {
    const Message m = run(rest_->create_message(channel_, {.content = "pin me"}));
    run(rest_->pin_message(channel_, m.id));
    auto pins = run(rest_->fetch_pins(channel_));
    ASSERT_EQ(pins.size(), 1U);
    EXPECT_EQ(pins[0].id, m.id);
    run(rest_->unpin_message(channel_, m.id));
    EXPECT_TRUE(run(rest_->fetch_pins(channel_)).empty());
    run(rest_->trigger_typing(channel_));
    EXPECT_EQ(sandbox_calls("POST /channels/{channel_id}/typing"), 1U);
}

TEST_F(MessagesTest, ChannelFetchEditDelete) {
    const Channel before = run(rest_->fetch_channel(channel_));
    EXPECT_EQ(before.id, channel_);
    const Channel edited =
        run(rest_->edit_channel(channel_, {.name = "renamed", .topic = "new topic"}, "why not"));
    EXPECT_EQ(edited.name.value(), "renamed");
    EXPECT_EQ(edited.topic.value(), "new topic");
    EXPECT_EQ(run(rest_->fetch_channel(channel_)).name.value(), "renamed");
    run(rest_->delete_channel(channel_));
    EXPECT_THROW(run(rest_->fetch_channel(channel_)), NotFoundError);
}

}  // namespace
}  // namespace hikari::testing
