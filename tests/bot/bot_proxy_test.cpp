// A GatewayBot with proxy settings: REST (GET /gateway/bot, then any call) and every shard's
// websocket go through the same real HTTP proxy (tinyproxy with Basic credentials). Also
// the entity factory the bot hands out.
#include "bot_fixture.hpp"
#include "tinyproxy.hpp"

#include <hikari/model/user.hpp>
#include <hikari/rest/rest_client.hpp>

using namespace hikari;
using namespace hikari::test;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++count;
    }
    return count;
}

}  // namespace

class BotProxy : public BotTest {
  protected:
    TinyProxy proxy_;
};

TEST_F(BotProxy, RestAndEveryShardGoThroughTheProxy) {
    ASSERT_TRUE(proxy_.running()) << "tinyproxy did not start";
    auto gateway = fast_gateway();
    gateway.recommended_shards = 2;
    gateway.max_concurrency = 2;
    start_sandbox(gateway);
    auto s = settings();
    s.proxy_settings.url = proxy_.url();
    s.proxy_settings.credentials = ProxyCredentials{"hikari", "s3cret"};
    auto bot = make_bot(s);
    run([&]() -> Task<void> {
        co_await bot->start();
        const User me = co_await bot->rest().fetch_my_user();
        EXPECT_EQ(me.id, bot->get_me()->id);
        co_await bot->close();
    });
    EXPECT_EQ(gateway_stats().at("identifies").as_array().size(), 2U);
    // One tunnel per shard plus at least one for REST (keep-alive may reuse it).
    const std::string tunnel = "CONNECT 127.0.0.1:" + std::to_string(sandbox_->port());
    EXPECT_GE(count_of(proxy_.log(), tunnel), 3U) << proxy_.log();
}

TEST_F(BotProxy, TheEntityFactoryReadsAndWritesModels) {
    start_sandbox();
    auto bot = make_bot(settings());
    const EntityFactory& factory = bot->entity_factory();
    const User user = factory.deserialize<User>(
        R"({"id":"80351110224678912","username":"nelly","discriminator":"0","avatar":null})");
    EXPECT_EQ(user.id, Snowflake{80351110224678912ULL});
    EXPECT_EQ(factory.deserialize<User>(factory.serialize(user)), user);
    EXPECT_THROW((void)factory.deserialize<User>(R"({"id":12})"), ParseError);
}
