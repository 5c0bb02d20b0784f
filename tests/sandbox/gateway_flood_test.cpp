// Flood mode: exactly K realistic MESSAGE_CREATE dispatches, as fast as the client reads.

#include "gateway_test_fixture.hpp"

namespace hikari::test {
namespace {

class Flood : public GatewayFixture, public ::testing::WithParamInterface<WsCompression> {};

TEST_P(Flood, DeliversExactlyKDispatchesInSequence) {
    start();
    const WsCompression mode = GetParam();
    const std::string query = mode == WsCompression::zlib_stream   ? "&compress=zlib-stream"
                              : mode == WsCompression::zstd_stream ? "&compress=zstd-stream"
                                                                   : "";
    auto client = connect("/?v=10&encoding=json" + query, mode);
    identify(*client, kGuilds | kGuildMessages | kMessageContent);
    client->send_op(1, nullptr);
    std::int64_t seq = 0;
    while (true) {  // the backlog ends with the ACK
        auto payload = client->receive();
        if (payload.at("op").as_int64() == 11) break;
        seq = payload.at("s").as_int64();
    }
    static constexpr int count = 3000;
    const auto started = on_io([this] { return hub_->control("flood", {{"count", count}}); });
    EXPECT_EQ(started.at("connections").to_number<int>(), 1);
    std::string previous_id;
    for (int i = 0; i < count; ++i) {
        const std::string text = client->receive_text();
        const auto payload = json::parse(text).as_object();
        ASSERT_EQ(payload.at("t").as_string(), "MESSAGE_CREATE");
        ASSERT_EQ(payload.at("s").as_int64(), ++seq);
        const std::string id(payload.at("d").at("id").as_string());
        EXPECT_NE(id, previous_id);
        previous_id = id;
        if (i == 0) {
            EXPECT_GT(text.size(), 900U);
            EXPECT_LT(text.size(), 1200U);
            EXPECT_FALSE(payload.at("d").at("content").as_string().empty());
            EXPECT_EQ(payload.at("d").at("guild_id").as_string(),
                      world_->guild_ids().front().to_string());
        }
    }
    client->send_op(1, nullptr);
    EXPECT_EQ(client->receive().at("op").as_int64(), 11);  // nothing beyond K
    const auto report = stats();
    ASSERT_EQ(report.at("floods").as_array().size(), 1U);
    EXPECT_TRUE(report.at("floods").at(0).at("done").as_bool());
    EXPECT_EQ(report.at("floods").at(0).at("sent").to_number<int>(), count);
    EXPECT_EQ(report.at("sessions").at(0).at("seq").to_number<std::int64_t>(), seq);
}

INSTANTIATE_TEST_SUITE_P(Modes, Flood,
                         ::testing::Values(WsCompression::none, WsCompression::zlib_stream,
                                           WsCompression::zstd_stream));

using FloodContent = GatewayFixture;

TEST_F(FloodContent, RespectsMessageContentAndPayloadBytes) {
    start();
    auto client = connect();
    identify(*client, kGuilds | kGuildMessages);
    on_io([this] { return hub_->control("flood", {{"count", 2}, {"payload_bytes", 2048}}); });
    const auto payload = client->receive_until(0, "MESSAGE_CREATE");
    EXPECT_EQ(payload.at("d").at("content").as_string(), "");
    EXPECT_THROW(on_io([this] {
                     return hub_->control("flood", {{"count", 1}, {"payload_bytes", -5}});
                 }),
                 ValueError);
}

}  // namespace
}  // namespace hikari::test
