// Pins through the current /messages/pins routes: pages of {pinned_at, message}, most
// recent first, with the deprecated GET /pins seeing the same state.

#include "api_error_expect.hpp"
#include "sandbox_fixture.hpp"

namespace hikari::testing {
namespace {

class PinsTest : public SandboxTest {
  protected:
    void configure(sandbox::SandboxOptions& options) override { options.route_rate_limits = false; }
};

TEST_F(PinsTest, PinListPageAndUnpin) {
    // 52 pins: more than one page of 50.
    std::vector<Snowflake> pinned;
    for (int i = 0; i < 52; ++i) {
        MessageCreateOptions message;
        message.content = "pin me " + std::to_string(i);
        const Message m = run(rest_->create_message(channel_, message));
        run(rest_->pin_message(channel_, m.id));
        pinned.push_back(m.id);
    }
    const auto calls_before = sandbox_calls("GET /channels/{channel_id}/messages/pins");
    const auto pins = run(rest_->fetch_pinned_messages(channel_).collect());
    ASSERT_EQ(pins.size(), pinned.size());
    EXPECT_EQ(sandbox_calls("GET /channels/{channel_id}/messages/pins") - calls_before, 2U);
    for (std::size_t i = 0; i < pins.size(); ++i) {
        // Most recently pinned first.
        EXPECT_EQ(pins[i].message.id, pinned[pinned.size() - 1 - i]);
        EXPECT_TRUE(pins[i].message.pinned);
        if (i > 0) {
            EXPECT_LT(pins[i].pinned_at, pins[i - 1].pinned_at);
        }
    }
    // Starting before a pin time skips that pin and the later ones.
    const auto older = run(rest_->fetch_pinned_messages(channel_, pins[1].pinned_at).collect(3));
    ASSERT_EQ(older.size(), 3U);
    EXPECT_EQ(older[0], pins[2]);

    // The deprecated listing sees the same pins (its first 50).
    const auto legacy = run(rest_->fetch_pins(channel_));
    ASSERT_EQ(legacy.size(), 50U);
    EXPECT_EQ(legacy[0].id, pins[0].message.id);

    run(rest_->unpin_message(channel_, pinned.back(), std::string("done")));
    const auto after = run(rest_->fetch_pinned_messages(channel_).collect(1));
    ASSERT_EQ(after.size(), 1U);
    EXPECT_EQ(after[0].message.id, pinned[pinned.size() - 2]);
    EXPECT_FALSE(run(rest_->fetch_message(channel_, pinned.back())).pinned);
}

TEST_F(PinsTest, UnknownChannelOrMessage) {
    EXPECT_TRUE(run(rest_->fetch_pinned_messages(channel_).collect()).empty());
    const auto message =
        expect_error<NotFoundError>([&] { run(rest_->pin_message(channel_, Snowflake(42))); });
    ASSERT_TRUE(message);
    EXPECT_EQ(message->code(), 10008);
    const auto channel = expect_error<NotFoundError>(
        [&] { run(rest_->fetch_pinned_messages(Snowflake(42)).collect()); });
    ASSERT_TRUE(channel);
    EXPECT_EQ(channel->code(), 10003);
}

TEST_F(PinsTest, DeprecatedPinRoutesShareTheState) {
    const Message m = run(rest_->create_message(channel_, {.content = "old style"}));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    const auto calls_before = sandbox_calls("PUT /channels/{channel_id}/pins/{message_id}");
    run(rest_->pin_message_legacy(channel_, m.id, "legacy"));
    EXPECT_EQ(sandbox_calls("PUT /channels/{channel_id}/pins/{message_id}") - calls_before, 1U);
    auto pins = run(rest_->fetch_pinned_messages(channel_).collect());
    ASSERT_EQ(pins.size(), 1U);
    EXPECT_EQ(pins[0].message.id, m.id);
    run(rest_->unpin_message_legacy(channel_, m.id));
    EXPECT_TRUE(run(rest_->fetch_pinned_messages(channel_).collect()).empty());
    EXPECT_THROW(run(rest_->unpin_message_legacy(channel_, Snowflake(42))), NotFoundError);
#pragma GCC diagnostic pop
}

}  // namespace
}  // namespace hikari::testing
