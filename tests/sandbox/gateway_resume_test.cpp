// RESUME with replay, INVALID_SESSION both ways, RECONNECT and server-side closes.

#include "gateway_test_fixture.hpp"

namespace hikari::test {
namespace {

using sandbox::GatewayOptions;

class Resume : public GatewayFixture {
  protected:
    void emit(int n) {
        const auto guild = world_->guild_ids().front();
        on_io([&] {
            hub_->dispatch("TYPING_START", json::object{{"n", n}, {"guild_id", guild.to_string()}},
                           guild, 0);
            return 0;
        });
    }
    /// Identifies and reads through READY and the GUILD_CREATEs; returns (session_id, seq).
    std::pair<std::string, std::int64_t> ready(WsClient& client) {
        const auto payload = identify(*&client, kGuilds);
        std::int64_t seq = payload.at("s").as_int64();
        for (std::size_t i = 0; i < world_->guild_ids().size(); ++i) {
            seq = client.receive_until(0, "GUILD_CREATE").at("s").as_int64();
        }
        return {std::string(payload.at("d").at("session_id").as_string()), seq};
    }
    json::object resume_payload(const std::string& session_id, std::int64_t seq) {
        return json::object{{"token", world_->token()}, {"session_id", session_id}, {"seq", seq}};
    }
};

TEST_F(Resume, ReplaysExactlyTheMissedDispatchesThenResumed) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    emit(1);
    const auto first = client->receive();
    EXPECT_EQ(first.at("s").as_int64(), seq + 1);
    seq = first.at("s").as_int64();
    client->drop();
    emit(2);
    emit(3);

    auto again = connect();
    again->receive();  // HELLO
    again->send_op(6, resume_payload(session_id, seq));
    for (int n : {2, 3}) {
        const auto missed = again->receive();
        EXPECT_EQ(missed.at("t").as_string(), "TYPING_START");
        EXPECT_EQ(missed.at("s").as_int64(), seq + 1);
        EXPECT_EQ(missed.at("d").at("n").as_int64(), n);
        seq = missed.at("s").as_int64();
    }
    const auto resumed = again->receive();
    EXPECT_EQ(resumed.at("t").as_string(), "RESUMED");
    EXPECT_EQ(resumed.at("s").as_int64(), seq + 1);
    emit(4);
    const auto live = again->receive();
    EXPECT_EQ(live.at("d").at("n").as_int64(), 4);
    EXPECT_EQ(live.at("s").as_int64(), seq + 2);
    EXPECT_EQ(stats().at("resumes").to_number<std::int64_t>(), 1);
}

TEST_F(Resume, AfterACleanCloseTheSessionIsGone) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    client->close(1000);
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq));
    const auto invalid = again->receive();
    EXPECT_EQ(invalid.at("op").as_int64(), 9);
    EXPECT_FALSE(invalid.at("d").as_bool());
}

TEST_F(Resume, UnknownSessionGetsInvalidSessionFalse) {
    start();
    auto client = connect();
    client->receive();
    client->send_op(6, resume_payload("0123456789abcdef0123456789abcdef", 1));
    const auto invalid = client->receive();
    EXPECT_EQ(invalid.at("op").as_int64(), 9);
    EXPECT_FALSE(invalid.at("d").as_bool());
    // The connection may still identify afterwards.
    client->send_op(2, identify_payload(kGuilds));
    EXPECT_EQ(client->receive_until(0, "READY").at("op").as_int64(), 0);
}

TEST_F(Resume, SeqFromTheFutureIs4007) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    client->drop();
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq + 5));
    EXPECT_EQ(again->wait_close(), 4007);
}

TEST_F(Resume, SeqOlderThanTheReplayBufferGetsInvalidSession) {
    GatewayOptions options;
    options.replay_buffer = 2;
    start(options);
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    client->drop();
    for (int n = 0; n < 4; ++n) emit(n);
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq));
    const auto invalid = again->receive();
    EXPECT_EQ(invalid.at("op").as_int64(), 9);
    EXPECT_FALSE(invalid.at("d").as_bool());
}

TEST_F(Resume, WrongTokenOnResumeIs4004) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    client->drop();
    auto again = connect();
    again->receive();
    auto d = resume_payload(session_id, seq);
    d["token"] = "nope";
    again->send_op(6, d);
    EXPECT_EQ(again->wait_close(), 4004);
}

TEST_F(Resume, ExpiredSessionCannotResume) {
    GatewayOptions options;
    options.session_timeout = std::chrono::milliseconds(50);
    start(options);
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    client->drop();
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq));
    EXPECT_FALSE(again->receive().at("d").as_bool());
}

TEST_F(Resume, InvalidSessionResumableKeepsTheSession) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    on_io([this] { return hub_->control("invalid_session", {{"resumable", true}}); });
    const auto invalid = client->receive();
    EXPECT_EQ(invalid.at("op").as_int64(), 9);
    EXPECT_TRUE(invalid.at("d").as_bool());
    client->drop();
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq));
    EXPECT_EQ(again->receive().at("t").as_string(), "RESUMED");
}

// Found by the discord.js fidelity check: after a resumable INVALID_SESSION discord.js sends
// RESUME on the same connection, which the sandbox closed with 4005 (already authenticated),
// leaving the session behind for good.
TEST_F(Resume, InvalidSessionResumableResumesOnTheSameConnection) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    on_io([this] { return hub_->control("invalid_session", {{"resumable", true}}); });
    EXPECT_TRUE(client->receive().at("d").as_bool());
    client->send_op(6, resume_payload(session_id, seq));
    EXPECT_EQ(client->receive().at("t").as_string(), "RESUMED");
    const auto after = stats();
    EXPECT_EQ(after.at("resumes").to_number<int>(), 1);
    EXPECT_TRUE(after.at("sessions").at(0).at("connected").as_bool());
}

TEST_F(Resume, InvalidSessionNotResumableEndsTheSession) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    on_io([this] { return hub_->control("invalid_session", {{"resumable", false}}); });
    EXPECT_FALSE(client->receive().at("d").as_bool());
    // The connection is no longer authenticated.
    client->send_op(3, json::object{{"since", nullptr},
                                    {"activities", json::array{}},
                                    {"status", "online"},
                                    {"afk", false}});
    EXPECT_EQ(client->wait_close(), 4003);
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq));
    EXPECT_FALSE(again->receive().at("d").as_bool());
}

TEST_F(Resume, ReconnectIsOpcodeSevenWithNullData) {
    start();
    auto client = connect();
    ready(*client);
    on_io([this] { return hub_->control("reconnect", {}); });
    const auto reconnect = client->receive();
    EXPECT_EQ(reconnect.at("op").as_int64(), 7);
    EXPECT_TRUE(reconnect.at("d").is_null());
}

TEST_F(Resume, ControlCloseWithACodeKeepsTheSessionResumable) {
    start();
    auto client = connect();
    auto [session_id, seq] = ready(*client);
    on_io([this] { return hub_->control("close", {{"code", 4000}, {"reason", "maintenance"}}); });
    EXPECT_EQ(client->wait_close(), 4000);
    EXPECT_EQ(client->last_close_reason(), "maintenance");
    auto again = connect();
    again->receive();
    again->send_op(6, resume_payload(session_id, seq));
    EXPECT_EQ(again->receive().at("t").as_string(), "RESUMED");
}

TEST_F(Resume, ControlCloseWithoutACodeDropsTheConnection) {
    start();
    auto client = connect();
    ready(*client);
    on_io([this] { return hub_->control("close", {}); });
    EXPECT_EQ(client->wait_close(), std::nullopt);
}

TEST_F(Resume, ControlRejectsUnknownActionsAndBadArguments) {
    start();
    EXPECT_THROW(on_io([this] { return hub_->control("explode", {}); }), ValueError);
    EXPECT_THROW(on_io([this] { return hub_->control("close", {{"code", 99}}); }), ValueError);
    EXPECT_THROW(on_io([this] { return hub_->control("close", {{"shard", "one"}}); }), ValueError);
    EXPECT_THROW(on_io([this] { return hub_->control("invalid_session", {}); }), ValueError);
    EXPECT_THROW(on_io([this] { return hub_->control("flood", {{"count", 0}}); }), ValueError);
}

}  // namespace
}  // namespace hikari::test
