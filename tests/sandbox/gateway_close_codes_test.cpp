// Every way a client can get itself disconnected, with the close code Discord uses
// (opcodes-and-status-codes.mdx "Gateway Close Event Codes").

#include "gateway_test_fixture.hpp"

namespace hikari::test {
namespace {

using sandbox::GatewayOptions;
using CloseCodes = GatewayFixture;

TEST_F(CloseCodes, WrongOrMissingApiVersionIs4012) {
    start();
    for (const char* target : {"/?v=9&encoding=json", "/?encoding=json", "/?v=ten"}) {
        auto client = connect(target);
        EXPECT_EQ(client->wait_close(), 4012) << target;
        EXPECT_EQ(client->last_close_reason(), "Invalid API version.");
    }
}

TEST_F(CloseCodes, EtfIsRefusedWith4000AndUnknownEncodingsWith4002) {
    start();
    EXPECT_EQ(connect("/?v=10&encoding=etf")->wait_close(), 4000);
    EXPECT_EQ(connect("/?v=10&encoding=xml")->wait_close(), 4002);
    EXPECT_EQ(connect("/?v=10&encoding=json&compress=gzip")->wait_close(), 4002);
}

TEST_F(CloseCodes, MalformedJsonIs4002) {
    start();
    for (const char* text : {"{not json", "[1,2]", R"({"op":"one"})", R"({"d":1})", "42"}) {
        auto client = connect();
        client->receive();
        client->send_text(text);
        EXPECT_EQ(client->wait_close(), 4002) << text;
    }
}

TEST_F(CloseCodes, PayloadOverTheLimitIs4002) {
    start();
    auto client = connect();
    client->receive();
    json::object d = identify_payload(kGuilds);
    d["padding"] = std::string(4096, 'x');
    client->send_op(2, d);
    EXPECT_EQ(client->wait_close(), 4002);
}

TEST_F(CloseCodes, UnknownOpcodeIs4001) {
    start();
    for (std::int64_t op : {5LL, 10LL, 11LL, 99LL, -1LL, 4294967298LL}) {
        auto client = connect();
        client->receive();
        client->send_op(op, nullptr);
        EXPECT_EQ(client->wait_close(), 4001) << op;
    }
}

TEST_F(CloseCodes, PayloadBeforeIdentifyIs4003) {
    start();
    auto client = connect();
    client->receive();
    client->send_op(8, json::object{{"guild_id", "1"}, {"query", ""}, {"limit", 0}});
    EXPECT_EQ(client->wait_close(), 4003);
}

TEST_F(CloseCodes, WrongTokenIs4004) {
    start();
    auto client = connect();
    client->receive();
    json::object d = identify_payload(kGuilds);
    d["token"] = "not-the-token";
    client->send_op(2, d);
    EXPECT_EQ(client->wait_close(), 4004);
}

TEST_F(CloseCodes, MissingPropertiesOrBadLargeThresholdIs4002) {
    start();
    {
        auto client = connect();
        client->receive();
        json::object d = identify_payload(kGuilds);
        d.erase("properties");
        client->send_op(2, d);
        EXPECT_EQ(client->wait_close(), 4002);
    }
    for (int threshold : {49, 251}) {
        auto client = connect();
        client->receive();
        json::object d = identify_payload(kGuilds);
        d["large_threshold"] = threshold;
        client->send_op(2, d);
        EXPECT_EQ(client->wait_close(), 4002) << threshold;
    }
}

TEST_F(CloseCodes, IdentifyingTwiceIs4005) {
    start();
    auto client = connect();
    identify(*client, kGuilds);
    client->send_op(2, identify_payload(kGuilds));
    EXPECT_EQ(client->wait_close(), 4005);
}

TEST_F(CloseCodes, InvalidShardIs4010) {
    start();
    for (const json::value& shard :
         {json::value(json::array{2, 2}), json::value(json::array{0, 0}),
          json::value(json::array{-1, 2}), json::value(json::array{0}), json::value("0,1")}) {
        auto client = connect();
        client->receive();
        json::object d = identify_payload(kGuilds);
        d["shard"] = shard;
        client->send_op(2, d);
        EXPECT_EQ(client->wait_close(), 4010) << json::serialize(shard);
    }
}

TEST_F(CloseCodes, TooManyGuildsForOneShardIs4011) {
    GatewayOptions options;
    options.max_guilds_per_shard = 1;
    start(options);  // the default world has two guilds
    auto client = connect();
    client->receive();
    client->send_op(2, identify_payload(kGuilds));
    EXPECT_EQ(client->wait_close(), 4011);
}

TEST_F(CloseCodes, UnknownIntentBitsAre4013) {
    start();
    for (const json::value& intents :
         {json::value(1ULL << 18), json::value(-1), json::value("513"), json::value(nullptr)}) {
        auto client = connect();
        client->receive();
        json::object d = identify_payload(kGuilds);
        d["intents"] = intents;
        client->send_op(2, d);
        EXPECT_EQ(client->wait_close(), 4013) << json::serialize(intents);
    }
}

TEST_F(CloseCodes, PrivilegedIntentNotEnabledIs4014) {
    GatewayOptions options;
    options.enabled_privileged_intents = kGuildMembers;
    start(options);
    for (std::uint64_t intents : {kPresences, kMessageContent | kGuilds}) {
        auto client = connect();
        client->receive();
        client->send_op(2, identify_payload(intents));
        EXPECT_EQ(client->wait_close(), 4014) << intents;
    }
    auto client = connect();
    EXPECT_EQ(identify(*client, kGuildMembers).at("t").as_string(), "READY");
}

TEST_F(CloseCodes, SendingTooFastIs4008) {
    GatewayOptions options;
    options.send_limit = 5;
    start(options);
    auto client = connect();
    client->receive();
    for (int i = 0; i < 5; ++i) client->send_op(1, nullptr);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(client->receive().at("op").as_int64(), 11);
    client->send_op(1, nullptr);
    EXPECT_EQ(client->wait_close(), 4008);
}

TEST_F(CloseCodes, ExhaustedSessionStartLimitEndsEverySessionWith4004) {
    GatewayOptions options;
    options.session_start_total = 1;
    options.session_start_remaining = 1;
    options.identify_interval = std::chrono::milliseconds(0);
    start(options);
    auto first = connect();
    identify(*first, kGuilds);
    EXPECT_EQ(on_io([this] { return hub_->session_start_limit(); })
                  .at("remaining")
                  .to_number<std::int64_t>(),
              0);
    auto second = connect();
    second->receive();
    second->send_op(2, identify_payload(kGuilds));
    EXPECT_EQ(second->wait_close(), 4004);
    EXPECT_EQ(first->wait_close(), 4004);
}

TEST_F(CloseCodes, ServerNeverDiesOnGarbage) {
    start();
    // Invalid UTF-8 in a text frame is refused by the websocket layer itself (1007).
    {
        auto client = connect();
        client->receive();
        client->send_text("\xff\xfe");
        EXPECT_EQ(client->wait_close(), 1007);
    }
    for (const char* text :
         {"", "{}", R"({"op":2,"d":[]})", R"({"op":6,"d":1})", R"({"op":1,"d":"x"})"}) {
        auto client = connect();
        client->receive();
        client->send_text(text);
        const auto code = client->wait_close();
        ASSERT_TRUE(code.has_value()) << text;
        EXPECT_TRUE(*code == 4001 || *code == 4002) << text << " -> " << *code;
    }
    auto client = connect();
    EXPECT_EQ(identify(*client, kGuilds).at("t").as_string(), "READY");
}

}  // namespace
}  // namespace hikari::test
