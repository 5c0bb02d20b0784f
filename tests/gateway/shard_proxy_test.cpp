// GatewayShard through a real HTTP proxy (tinyproxy, CONNECT with Basic credentials): the
// websocket and a resume after a dropped connection go through the tunnel; refused
// credentials and malformed proxy settings are typed errors.
#include "shard_fixture.hpp"
#include "tinyproxy.hpp"

using namespace hikari;
using namespace hikari::test;

namespace {

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++count;
    }
    return count;
}

}  // namespace

class ShardProxy : public ShardTest {
  protected:
    void SetUp() override { ASSERT_TRUE(proxy_.running()) << "tinyproxy did not start"; }

    GatewayShardSettings through_proxy(std::string password) {
        auto s = settings();
        s.proxy.url = proxy_.url();
        s.proxy.credentials = ProxyCredentials{"hikari", std::move(password)};
        return s;
    }

    TinyProxy proxy_;
};

TEST_F(ShardProxy, TheWebsocketAndItsResumeGoThroughTheTunnel) {
    start_sandbox({}, world(2));
    Received got;
    auto shard = make_shard(through_proxy("s3cret"), got);
    run([&]() -> Task<void> {
        co_await shard->start();
        co_await until([&] { return got.count("GUILD_CREATE") == 2; });
        control("POST", "/gateway/close", {});  // dropped: the shard reconnects and resumes
        co_await until([&] { return got.count("RESUMED") == 1; });
        co_await shard->close();
    });
    EXPECT_EQ(shard->stats().connects, 2U);
    const std::string port = std::to_string(sandbox_->port());
    EXPECT_EQ(occurrences(proxy_.log(), "CONNECT 127.0.0.1:" + port), 2U) << proxy_.log();
}

TEST_F(ShardProxy, RefusedCredentialsFailStartWithAConnectionError) {
    start_sandbox();
    Received got;
    auto shard = make_shard(through_proxy("wrong"), got);
    run(
        [&]() -> Task<void> {
            try {
                co_await shard->start();
                ADD_FAILURE() << "the proxy let wrong credentials through";
            } catch (const GatewayConnectionError& e) {
                const std::string what = e.what();
                EXPECT_NE(what.find("refused the tunnel"), std::string::npos) << what;
                EXPECT_EQ(what.find("wrong"), std::string::npos) << "the password leaked";
            }
        },
        60s);
    EXPECT_TRUE(got.names.empty());
}

TEST_F(ShardProxy, AMalformedProxyUrlIsRefusedWhenTheShardIsMade) {
    start_sandbox();
    Received got;
    auto s = settings();
    s.proxy.url = "not a url";
    EXPECT_THROW((void)make_shard(s, got), ValueError);
}
