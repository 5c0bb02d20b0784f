// GatewayShard against hikari-sandbox faults: every one ends in a resume or a fresh identify,
// and no dispatch is lost or handed on twice.
#include "shard_fixture.hpp"

#include <set>
#include <thread>

using namespace hikari;
using namespace hikari::test;

namespace {

/// Sequence numbers handed on must be 1, 2, 3, ... within one session.
void expect_contiguous(const Received& got) {
    for (std::size_t i = 0; i < got.sequences.size(); ++i) {
        ASSERT_EQ(got.sequences[i], i + 1) << "at dispatch " << i << " (" << got.names[i] << ")";
    }
}

}  // namespace

class ShardFaults : public ShardTest {
  protected:
    std::string first_text_channel() {
        auto res = control_->bot("GET", "/api/v10/users/@me/guilds", sandbox_->token());
        auto guild = std::string(json::parse(res.body).at(0).at("id").as_string());
        auto channels =
            control_->bot("GET", "/api/v10/guilds/" + guild + "/channels", sandbox_->token());
        const auto list = json::parse(channels.body);
        for (const auto& c : list.as_array()) {
            if (c.at("type").as_int64() == 0) return std::string(c.at("id").as_string());
        }
        ADD_FAILURE() << "no text channel";
        return {};
    }

    void post_message(const std::string& channel, const std::string& content) {
        control("POST", "/messages", {{"channel_id", channel}, {"content", content}});
    }
};

TEST_F(ShardFaults, ADroppedConnectionResumesAndReplaysMissedDispatches) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(), got);
    auto channel = first_text_channel();
    run([&]() -> Task<void> {
        co_await shard->start();
        post_message(channel, "before");
        co_await until([&] { return got.count("MESSAGE_CREATE") == 1; });
        control("POST", "/gateway/close", {});  // no code: TCP dropped without a close frame
        post_message(channel, "while away 1");
        post_message(channel, "while away 2");
        co_await until([&] { return got.count("RESUMED") == 1; });
        co_await until([&] { return got.count("MESSAGE_CREATE") == 3; });
        co_await shard->close();
    });
    expect_contiguous(got);
    EXPECT_EQ(shard->stats().identifies, 1U);
    EXPECT_EQ(shard->stats().resumes, 1U);
}

TEST_F(ShardFaults, ReconnectOpcodeAndResumableInvalidSessionResume) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        control("POST", "/gateway/reconnect", {});
        co_await until([&] { return got.count("RESUMED") == 1; });
        control("POST", "/gateway/invalid_session", {{"resumable", true}});
        co_await until([&] { return got.count("RESUMED") == 2; });
        co_await shard->close();
    });
    expect_contiguous(got);
    EXPECT_EQ(shard->stats().identifies, 1U);
}

TEST_F(ShardFaults, ANonResumableInvalidSessionIdentifiesAgain) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(), got);
    run(
        [&]() -> Task<void> {
            co_await shard->start();
            auto first = shard->session_id();
            control("POST", "/gateway/invalid_session", {{"resumable", false}});
            co_await until([&] { return got.count("READY") == 2; }, 20'000ms);
            EXPECT_NE(shard->session_id(), first);
            co_await shard->close();
        },
        40s);
    EXPECT_EQ(shard->stats().identifies, 2U);
}

TEST_F(ShardFaults, ResumableCloseCodesResumeAndSessionEndingOnesReidentify) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        control("POST", "/gateway/close", {{"code", 4000}});
        co_await until([&] { return got.count("RESUMED") == 1; });
        control("POST", "/gateway/close", {{"code", 4009}});  // session timed out
        co_await until([&] { return got.count("READY") == 2; }, 20'000ms);
        co_await shard->close();
    });
    EXPECT_EQ(shard->stats().identifies, 2U);
    EXPECT_EQ(shard->stats().resumes, 1U);
}

TEST_F(ShardFaults, AZombieConnectionIsDetectedAndResumed) {
    sandbox::GatewayOptions gateway;
    gateway.heartbeat_interval = 300ms;
    start_sandbox(gateway);
    Received got;
    auto shard = make_shard(settings(), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        co_await until([&] { return shard->heartbeat_latency().has_value(); });
        control("POST", "/gateway/stop_acks", {{"count", 1}});
        co_await until([&] { return got.count("RESUMED") == 1; });
        co_await shard->close();
    });
    EXPECT_EQ(shard->stats().zombies, 1U);
    expect_contiguous(got);
}

TEST_F(ShardFaults, AServerRequestedHeartbeatIsAnsweredAtOnce) {
    start_sandbox();  // 41 s interval: only a requested beat can arrive during the test
    Received got;
    auto shard = make_shard(settings(), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        auto before = shard->stats().heartbeats_sent;
        control("POST", "/gateway/request_heartbeat", {});
        co_await until([&] { return shard->stats().heartbeats_sent == before + 1; });
        co_await until([&] { return shard->heartbeat_latency().has_value(); });
        co_await shard->close();
    });
}

TEST_F(ShardFaults, RequestGuildMembersGetsChunksAndChecksIntents) {
    start_sandbox({}, world(1, 25));
    Received got;
    auto shard = make_shard(settings(), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        co_await until([&] { return got.count("GUILD_CREATE") == 1; });
        auto guild = json::parse(got.payloads[1]).at("d").at("id").as_string();
        RequestGuildMembers request{.guild_id = Snowflake::parse(guild), .nonce = "n1"};
        co_await shard->request_guild_members(request);
        co_await until([&] { return got.count("GUILD_MEMBERS_CHUNK") == 1; });
        auto chunk = json::parse(got.payloads.back()).at("d");
        EXPECT_EQ(chunk.at("nonce").as_string(), "n1");
        EXPECT_EQ(chunk.at("members").as_array().size(), 25U);
        // Presences need GUILD_PRESENCES, which this shard lacks: refused before sending.
        request.presences = true;
        EXPECT_THROW(co_await shard->request_guild_members(request), MissingIntentError);
        co_await shard->close();
    });
}

TEST_F(ShardFaults, SoakOfTenThousandDispatchesWithFaultsLosesAndDuplicatesNothing) {
    start_sandbox();
    Received got;
    auto shard = make_shard(settings(), got);
    auto channel = first_text_channel();
    constexpr int total = 10'000;
    constexpr int fault_every = 400;
    std::atomic<bool> posted{false};
    std::thread poster;
    run(
        [&]() -> Task<void> {
            co_await shard->start();
            poster = std::thread([&] {
                HttpClient client{"127.0.0.1", sandbox_->port()};
                // Only faults after which Discord keeps the session: a resume must recover all.
                static const char* faults[] = {R"({})", R"({"code":4000})", R"({"code":4008})"};
                for (int i = 1; i <= total; ++i) {
                    json::object body{{"channel_id", channel},
                                      {"content", "m" + std::to_string(i)}};
                    client.request("POST", "/_sandbox/messages", json::serialize(body));
                    if (i % fault_every == 0) {
                        int kind = (i / fault_every) % 5;
                        if (kind < 3) {
                            client.request("POST", "/_sandbox/gateway/close", faults[kind]);
                        } else if (kind == 3) {
                            client.request("POST", "/_sandbox/gateway/reconnect", "{}");
                        } else {
                            client.request("POST", "/_sandbox/gateway/invalid_session",
                                           R"({"resumable":true})");
                        }
                    }
                }
                posted = true;
            });
            co_await until([&] { return posted && got.count("MESSAGE_CREATE") >= total; },
                           240'000ms);
            co_await sleep(200ms);  // anything extra (a duplicate) would arrive now
            co_await shard->close();
        },
        300s);
    poster.join();
    expect_contiguous(got);
    std::set<std::string> contents;
    for (std::size_t i = 0; i < got.names.size(); ++i) {
        if (got.names[i] != "MESSAGE_CREATE") continue;
        contents.insert(
            std::string(json::parse(got.payloads[i]).at("d").at("content").as_string()));
    }
    EXPECT_EQ(got.count("MESSAGE_CREATE"), static_cast<std::size_t>(total));
    EXPECT_EQ(contents.size(), static_cast<std::size_t>(total));
    EXPECT_EQ(shard->stats().identifies, 1U) << "every fault here is resumable";
    EXPECT_GE(shard->stats().resumes, static_cast<std::uint64_t>(total / fault_every));
}
