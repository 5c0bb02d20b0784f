// MemoryCache behind a real GatewayShard against the in-process sandbox: after READY, every
// GUILD_CREATE and the member chunks, the cache holds what the sandbox's REST API reports.

#include <hikari/core/config.hpp>

#include "../gateway/shard_fixture.hpp"

#include <hikari/cache/memory_cache.hpp>
#include <hikari/events/gateway_dispatch.hpp>
#include <hikari/rest/rest_client.hpp>

#include <boost/asio/detached.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

using namespace hikari;
using namespace hikari::test;

namespace {

using Names = std::map<std::uint64_t, std::string>;

template <class T, class F>
Names names_of(const std::vector<T>& list, F&& name) {
    Names out;
    for (const auto& item : list) out.emplace(name(item).first, name(item).second);
    return out;
}

class SandboxCacheTest : public ShardTest {};

TEST_F(SandboxCacheTest, CacheMatchesTheSandboxAfterEveryGuildCreate) {
    constexpr unsigned guild_total = 3;
    start_sandbox({}, world(guild_total, 12));
    MemoryCache cache;
    EventManager manager{io_, Intents::all()};
    EventFactory factory;
    std::size_t guild_creates = 0;
    std::size_t chunks = 0;
    auto shard = std::make_unique<GatewayShard>(
        io_, settings(), [&](GatewayShard&, const GatewayDispatch& d) {
            if (d.name == "GUILD_CREATE") ++guild_creates;
            if (d.name == "GUILD_MEMBERS_CHUNK") ++chunks;
            auto task = dispatch_gateway_event(manager, factory, d.name, d.sequence, d.payload, 0,
                                               true, &cache);
            boost::asio::co_spawn(io_, std::move(task), boost::asio::detached);
        });

    RESTOptions rest_options;
    rest_options.rest_url = sandbox_->api_url();
    RESTClient rest(io_.get_executor(), Token::bot(sandbox_->token()), rest_options);

    const auto world_state = control("GET", "/world");
    std::vector<Snowflake> guild_ids;
    for (const auto& guild : world_state.at("guilds").as_array()) {
        guild_ids.push_back(Snowflake::parse(guild.at("id").as_string()));
    }
    ASSERT_EQ(guild_ids.size(), guild_total);

    run([&]() -> Task<void> {
        co_await shard->start();
        co_await until([&] { return guild_creates == guild_total; });
        EXPECT_TRUE(cache.get_me().has_value());
        EXPECT_TRUE(cache.get_unavailable_guild_ids().empty());
        EXPECT_EQ(cache.guild_count(), guild_total);
        // Without GUILD_PRESENCES, GUILD_CREATE carries only the bot's own member (as on
        // Discord); the others come in chunks on request.
        for (const Snowflake id : guild_ids) {
            EXPECT_EQ(cache.member_count(id), 1U);
            EXPECT_TRUE(cache.get_member(id, cache.get_me()->id).has_value());
            RequestGuildMembers request{.guild_id = id};
            co_await shard->request_guild_members(request);
        }
        co_await until([&] { return chunks == guild_total; });

        for (const Snowflake id : guild_ids) {
            const Guild guild = co_await rest.fetch_guild(id);
            auto cached = cache.get_guild(id);
            EXPECT_TRUE(cached.has_value()) << id.value();
            if (!cached) continue;
            EXPECT_EQ(cached->name, guild.name);

            const auto channels = co_await rest.fetch_guild_channels(id);
            auto channel_name = [](const Channel& c) {
                return std::pair{c.id.value(), c.name.has_value() ? *c.name : std::string()};
            };
            EXPECT_EQ(names_of(cache.get_guild_channels(id), channel_name),
                      names_of(channels, channel_name));
            EXPECT_FALSE(channels.empty());

            const auto roles = co_await rest.fetch_roles(id);
            auto role_name = [](const Role& r) { return std::pair{r.id.value(), r.name}; };
            EXPECT_EQ(names_of(cache.get_roles(id), role_name), names_of(roles, role_name));
            EXPECT_EQ(names_of(cached->roles, role_name), names_of(roles, role_name));

            const auto members = co_await rest.fetch_members(id).collect();
            auto member_name = [](const Member& m) {
                return std::pair{m.user->id.value(), m.user->username};
            };
            EXPECT_EQ(names_of(cache.get_members(id), member_name), names_of(members, member_name));
            EXPECT_EQ(cache.member_count(id), members.size());
            for (const Member& member : members) {
                auto one = cache.get_member(id, member.user->id);
                EXPECT_TRUE(one.has_value());
                if (one) {
                    EXPECT_EQ(one->roles, member.roles);
                }
            }
        }
        co_await shard->close();
    });
    EXPECT_GT(cache.user_count(), 0U);
}

}  // namespace
